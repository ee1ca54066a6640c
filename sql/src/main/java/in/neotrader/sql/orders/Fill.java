package in.neotrader.sql.orders;

import java.math.BigDecimal;
import java.time.Instant;

/** An execution of (part of) an order, with the order's symbol and side so an export needs no second query. */
public record Fill(long id, long orderId, long userId, String symbol, String side, int quantity, BigDecimal price,
    BigDecimal charges, Instant filledAt, String brokerTradeId, String note) {
}
