package in.neotrader.migration.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Removes exactly what one batch wrote: its rows (children first), the rows it updated back to
 * their previous image, and the users it created when nothing else refers to them.
 */
public final class BatchRollback {
  /** Children before parents. */
  private static final List<String> TABLES = List.of("fills", "positions", "signals", "tracked_symbols", "daily_pnl",
      "paper_accounts", "user_trading_config", "orders");
  private static final List<String> USER_TABLES = List.of("orders", "fills", "positions", "signals", "tracked_symbols",
      "daily_pnl", "paper_accounts", "user_trading_config", "user_settings", "service_status", "service_task_execution",
      "service_logs", "refresh_tokens");

  private BatchRollback() {
  }

  public static ObjectNode run(Connection c, long batchId) throws SQLException {
    try {
      String status = Batches.status(c, batchId);
      if (!"committed".equals(status)) {
        throw new IllegalArgumentException("batch " + batchId + " is " + status + "; only a committed batch can be rolled back");
      }
      refuseWhenDependedOn(c, batchId);
      ObjectNode removed = LegacyJson.object();
      ArrayNode images = (ArrayNode) Batches.report(c, batchId).path("before_images");
      for (String table : TABLES) {
        removed.put(table, update(c, "DELETE FROM " + table + " WHERE migration_batch_id = ?", batchId));
      }
      if (images != null) {
        BeforeImages.restore(c, images);
        removed.put("rows_restored", images.size());
      }
      String unreferenced = USER_TABLES.stream().map(t -> "NOT EXISTS (SELECT 1 FROM " + t + " x WHERE x.user_id = u.id)")
          .reduce((a, b) -> a + " AND " + b).orElseThrow();
      removed.put("users", update(c, "DELETE FROM users u WHERE u.migration_batch_id = ? AND " + unreferenced, batchId));
      update(c, "UPDATE users SET migration_batch_id = NULL WHERE migration_batch_id = ?", batchId);
      Batches.finish(c, batchId, "rolled_back", removed, Batches.report(c, batchId));
      c.commit();
      return removed;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  /** A later batch (or the new service) built on this batch's rows: removing them would remove more than it wrote. */
  private static void refuseWhenDependedOn(Connection c, long batchId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT max(id) FROM migration_batches WHERE id > ? AND status = 'committed'")) {
      s.setLong(1, batchId);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next() && rs.getObject(1) != null) {
          throw new IllegalArgumentException("batch " + rs.getLong(1) + " was committed after batch " + batchId
              + "; roll back the later batches first");
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM fills f JOIN orders o ON o.id = f.order_id"
        + " WHERE o.migration_batch_id = ? AND f.migration_batch_id IS DISTINCT FROM ?")) {
      s.setLong(1, batchId);
      s.setLong(2, batchId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new IllegalArgumentException(rs.getLong(1) + " fills written after the import belong to orders of batch "
              + batchId + "; rolling it back would delete them");
        }
      }
    }
  }

  static int update(Connection c, String sql, long batchId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, batchId);
      return s.executeUpdate();
    }
  }
}
