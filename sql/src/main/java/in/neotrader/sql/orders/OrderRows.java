package in.neotrader.sql.orders;

import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An order row's columns in one fixed order, and the mapping of such a row to {@link Order} by position. Every
 * statement that reads orders selects (or returns) {@link #COLUMNS}: a lookup by name scans the row's column names
 * and hashes each (the driver decodes them afresh for each result), a tenth of the AMO burst's CPU.
 */
final class OrderRows {
  private static final List<String> NAMES = List.of("id", "user_id", "client_order_id", "broker_order_id", "symbol",
      "trading_symbol", "exchange", "side", "quantity", "filled_quantity", "price", "trigger_price",
      "average_fill_price", "order_type", "product", "variety", "validity", "status", "status_reason", "task",
      "trading_day", "placed_at", "updated_at", "filled_at", "closed_at", "source", "lease_epoch", "metadata");
  static final String COLUMNS = String.join(", ", NAMES);

  private OrderRows() {
  }

  /** {@link #COLUMNS} of the table or named row {@code alias}. */
  static String columnsOf(String alias) {
    return NAMES.stream().map(name -> alias + "." + name).collect(Collectors.joining(", "));
  }

  static Order order(Row r) {
    return order(r, 0);
  }

  /** The order whose {@link #COLUMNS} start at position {@code first} of the row; null when its id is null. */
  static Order order(Row r, int first) {
    if (!"id".equals(r.getColumnName(first))) {
      throw new IllegalStateException("order columns expected at " + first + ", found " + r.getColumnName(first));
    }
    if (r.getValue(first) == null) {
      return null;
    }
    int c = first;
    return new Order(r.getLong(c), r.getLong(c + 1), r.getString(c + 2), r.getString(c + 3), r.getString(c + 4),
        r.getString(c + 5), r.getString(c + 6), r.getString(c + 7), r.getInteger(c + 8), r.getInteger(c + 9),
        r.getBigDecimal(c + 10), r.getBigDecimal(c + 11), r.getBigDecimal(c + 12), r.getString(c + 13),
        r.getString(c + 14), r.getString(c + 15), r.getString(c + 16), r.getString(c + 17), r.getString(c + 18),
        r.getString(c + 19), r.getLocalDate(c + 20), instant(r, c + 21), instant(r, c + 22), instant(r, c + 23),
        instant(r, c + 24), r.getString(c + 25), r.getLong(c + 26), r.getJsonObject(c + 27));
  }

  private static Instant instant(Row r, int column) {
    OffsetDateTime at = r.getOffsetDateTime(column);
    return at == null ? null : at.toInstant();
  }
}
