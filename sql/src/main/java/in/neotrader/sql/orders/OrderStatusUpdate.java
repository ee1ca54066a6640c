package in.neotrader.sql.orders;

/** One compare-and-set move of a batch: order {@code orderId} moves by {@code change} only if still {@code expectedStatus}. */
public record OrderStatusUpdate(long orderId, String expectedStatus, OrderStatusChange change) {
}
