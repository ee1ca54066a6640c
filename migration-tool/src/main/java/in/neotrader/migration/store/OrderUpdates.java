package in.neotrader.migration.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.PlannedOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Writes the explicit updates of stored orders (--apply-updates): the state and execution fields of
 * the later record, its legacy sections added to the stored ones. The previous row goes to the
 * batch's before images, so the rollback of this batch restores it; the row keeps its batch.
 */
final class OrderUpdates {
  private OrderUpdates() {
  }

  static int write(Connection c, List<OrderMatching.OrderUpdate> updates, ArrayNode beforeImages) throws SQLException {
    if (updates.isEmpty()) {
      return 0;
    }
    try (PreparedStatement s = c.prepareStatement("UPDATE orders SET status = ?, status_reason = ?, quantity = ?,"
        + " filled_quantity = ?, price = ?, average_fill_price = ?, order_type = ?, variety = ?, placed_at = ?, trading_day = ?,"
        + " filled_at = ?, closed_at = ?, metadata = metadata || ?::jsonb, legacy = coalesce(legacy, '{}'::jsonb) || ?::jsonb,"
        + " updated_at = now() WHERE id = ?")) {
      for (OrderMatching.OrderUpdate u : updates) {
        BeforeImages.record(c, beforeImages, "orders", u.stored().id());
        PlannedOrder o = u.order();
        s.setString(1, o.status);
        s.setString(2, o.statusReason);
        s.setInt(3, o.quantity);
        s.setInt(4, o.filledQuantity);
        s.setBigDecimal(5, o.price);
        s.setBigDecimal(6, o.averageFillPrice);
        s.setString(7, o.orderType);
        s.setString(8, o.variety);
        s.setTimestamp(9, timestamp(o.placedAt));
        s.setObject(10, Timestamps.istDate(o.placedAt));
        s.setTimestamp(11, timestamp(o.filledAt));
        s.setTimestamp(12, timestamp(o.closedAt));
        s.setString(13, o.metadata.toString());
        s.setString(14, o.legacy.toString());
        s.setLong(15, u.stored().id());
        s.executeUpdate();
      }
    }
    return updates.size();
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
