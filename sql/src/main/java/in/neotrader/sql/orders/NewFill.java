package in.neotrader.sql.orders;

import java.math.BigDecimal;
import java.time.Instant;

public record NewFill(long orderId, int quantity, BigDecimal price, BigDecimal charges, Instant filledAt,
    String brokerTradeId, String note) {
}
