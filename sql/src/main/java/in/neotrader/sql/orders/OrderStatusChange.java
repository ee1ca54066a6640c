package in.neotrader.sql.orders;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A move of an order to a new state (decided by core's state machine). A null brokerOrderId or
 * averageFillPrice keeps the stored one.
 */
public record OrderStatusChange(String newStatus, String reason, int filledQuantity, BigDecimal averageFillPrice,
    String brokerOrderId, Instant at) {
}
