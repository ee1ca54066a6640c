package in.neotrader.migration.store;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.legacy.LegacyJson;
import in.neotrader.migration.plan.PlannedFill;
import in.neotrader.migration.plan.PlannedOrder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a user already has from earlier imports, by legacy key: a re-run on the same files finds
 * everything here and inserts nothing; a grown file adds only what is not.
 */
public final class ExistingRows {
  /** client_order_id -> the stored order, for rows of earlier imports. */
  final Map<String, StoredOrder> orders = new HashMap<>();
  /** broker_order_id -> the stored order, for every order of the user (imported or placed by the service). */
  final Map<String, StoredOrder> byBrokerId = new HashMap<>();
  final Set<String> fillRefs = new HashSet<>();
  /** legacy_ref -> the stored trade cycle, for imported positions. */
  final Map<String, StoredPosition> positions = new HashMap<>();
  final Set<String> signalKeys = new HashSet<>();
  final Set<String> trackingIds = new HashSet<>();
  final Set<String> pnlDays = new HashSet<>();

  /** {@code filled}: the order has a fill stored. */
  record StoredOrder(long id, String clientOrderId, String symbol, String side, String status, int filledQuantity, JsonNode legacy,
      boolean filled) {
  }

  record StoredPosition(long id, String symbol) {
  }

  static ExistingRows load(Connection c, long userId) throws SQLException {
    ExistingRows rows = new ExistingRows();
    query(c, "SELECT client_order_id, id, legacy::text, broker_order_id, symbol, side, status, legacy_ref IS NOT NULL,"
        + " EXISTS (SELECT 1 FROM fills f WHERE f.order_id = orders.id), filled_quantity FROM orders"
        + " WHERE user_id = ? AND (legacy_ref IS NOT NULL OR broker_order_id IS NOT NULL)", userId, rs -> {
          StoredOrder o = new StoredOrder(rs.getLong(2), rs.getString(1), rs.getString(5), rs.getString(6), rs.getString(7),
              rs.getInt(10), rs.getString(3) == null ? null : LegacyJson.parse(rs.getString(3)), rs.getBoolean(9));
          if (rs.getBoolean(8)) {
            rows.orders.put(o.clientOrderId(), o);
          }
          if (rs.getString(4) != null) {
            rows.byBrokerId.putIfAbsent(rs.getString(4), o);
          }
        });
    query(c, "SELECT legacy_ref FROM fills WHERE user_id = ? AND legacy_ref IS NOT NULL", userId,
        rs -> rows.fillRefs.add(rs.getString(1)));
    query(c, "SELECT legacy_ref, id, symbol FROM positions WHERE user_id = ? AND legacy_ref IS NOT NULL", userId,
        rs -> rows.positions.put(rs.getString(1), new StoredPosition(rs.getLong(2), rs.getString(3))));
    query(c, "SELECT day || '|' || symbol FROM signals WHERE user_id = ?", userId, rs -> rows.signalKeys.add(rs.getString(1)));
    query(c, "SELECT tracking_id FROM tracked_symbols WHERE user_id = ?", userId, rs -> rows.trackingIds.add(rs.getString(1)));
    query(c, "SELECT day::text FROM daily_pnl WHERE user_id = ?", userId, rs -> rows.pnlDays.add(rs.getString(1)));
    return rows;
  }

  /** Stored fills of some symbols, as replay input: positions are rebuilt over old and new fills together. */
  static List<PlannedFill> fillsOf(Connection c, long userId, Set<String> symbols) throws SQLException {
    List<PlannedFill> fills = new ArrayList<>();
    if (symbols.isEmpty()) {
      return fills;
    }
    try (PreparedStatement s = c.prepareStatement("SELECT o.symbol, o.side, o.metadata->>'exit_reason', f.quantity, f.price,"
        + " f.charges, f.filled_at FROM fills f JOIN orders o ON o.id = f.order_id WHERE f.user_id = ? AND o.symbol = ANY(?)")) {
      s.setLong(1, userId);
      s.setArray(2, c.createArrayOf("text", symbols.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          PlannedOrder o = new PlannedOrder(null);
          o.symbol = rs.getString(1);
          o.side = rs.getString(2);
          if (rs.getString(3) != null) {
            o.metadata.put("exit_reason", rs.getString(3));
          }
          BigDecimal price = rs.getBigDecimal(5);
          fills.add(new PlannedFill(o, rs.getInt(4), price, rs.getBigDecimal(6), rs.getTimestamp(7).toInstant(), null, null, null));
        }
      }
    }
    return fills;
  }

  interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  static void query(Connection c, String sql, long userId, RowConsumer consumer) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, userId);
      s.setFetchSize(10_000);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          consumer.accept(rs);
        }
      }
    }
  }
}
