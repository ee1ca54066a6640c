package in.neotrader.sql.orders;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order as stored. Enum-like fields hold the schema's values: side BUY/SELL, orderType MARKET/LIMIT/SL/SL-M,
 * variety AMO/REGULAR, status one of the states of core's order state machine, source live/paper/migrated.
 */
public record Order(long id, long userId, String clientOrderId, String brokerOrderId, String symbol,
    String tradingSymbol, String exchange, String side, int quantity, int filledQuantity, BigDecimal price,
    BigDecimal triggerPrice, BigDecimal averageFillPrice, String orderType, String product, String variety,
    String validity, String status, String statusReason, String task, LocalDate tradingDay, Instant placedAt,
    Instant updatedAt, Instant filledAt, Instant closedAt, String source, Long leaseEpoch, JsonObject metadata) {
}
