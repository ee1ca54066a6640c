package in.neotrader.migration.validation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The imported rows of one user, by legacy key, as the validation compares them. */
final class StoredRows {
  private StoredRows() {
  }

  /** (client_order_id, the compared fields), streamed. */
  static void orders(Connection c, long userId, BiConsumer<String, OrderFields> rows) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT client_order_id, symbol, side, quantity, filled_quantity, status,"
        + " broker_order_id, price, average_fill_price, placed_at, order_type, variety FROM orders"
        + " WHERE user_id = ? AND legacy_ref IS NOT NULL")) {
      s.setLong(1, userId);
      s.setFetchSize(50_000);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.accept(rs.getString(1), new OrderFields(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
              rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getTimestamp(10).toInstant(),
              rs.getString(11), rs.getString(12)));
        }
      }
    }
  }

  /** "symbol side" -> [count, quantity, value] of imported fills. */
  static Map<String, BigDecimal[]> fillSums(Connection c, long userId) throws SQLException {
    Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT o.symbol || ' ' || o.side, count(*), sum(f.quantity),"
        + " sum(f.quantity * f.price), sum(f.charges) FROM fills f JOIN orders o ON o.id = f.order_id"
        + " WHERE f.user_id = ? AND f.legacy_ref IS NOT NULL GROUP BY 1")) {
      s.setLong(1, userId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sums.put(rs.getString(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)});
        }
      }
    }
    return sums;
  }

  static long count(Connection c, String sql, long userId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, userId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static BigDecimal decimal(Connection c, String sql, long userId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, userId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getBigDecimal(1) : null;
      }
    }
  }
}
