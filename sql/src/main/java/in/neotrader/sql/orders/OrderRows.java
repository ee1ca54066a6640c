package in.neotrader.sql.orders;

import in.neotrader.sql.query.Columns;
import in.neotrader.sql.query.Rows;
import io.vertx.sqlclient.Row;

/** An order row's columns in one fixed order ({@link Columns}), and the mapping of such a row to {@link Order}. */
final class OrderRows {
  static final Columns COLUMNS = Columns.of("id", "user_id", "client_order_id", "broker_order_id", "symbol",
      "trading_symbol", "exchange", "side", "quantity", "filled_quantity", "price", "trigger_price",
      "average_fill_price", "order_type", "product", "variety", "validity", "status", "status_reason", "task",
      "trading_day", "placed_at", "updated_at", "filled_at", "closed_at", "source", "lease_epoch", "metadata");

  private OrderRows() {
  }

  static Order order(Row r) {
    return order(r, 0);
  }

  /** The order whose {@link #COLUMNS} start at position {@code first} of the row; null when its id is null. */
  static Order order(Row r, int first) {
    int c = COLUMNS.at(r, first);
    if (r.getValue(c) == null) {
      return null;
    }
    return new Order(r.getLong(c), r.getLong(c + 1), r.getString(c + 2), r.getString(c + 3), r.getString(c + 4),
        r.getString(c + 5), r.getString(c + 6), r.getString(c + 7), r.getInteger(c + 8), r.getInteger(c + 9),
        r.getBigDecimal(c + 10), r.getBigDecimal(c + 11), r.getBigDecimal(c + 12), r.getString(c + 13),
        r.getString(c + 14), r.getString(c + 15), r.getString(c + 16), r.getString(c + 17), r.getString(c + 18),
        r.getString(c + 19), r.getLocalDate(c + 20), Rows.instant(r, c + 21), Rows.instant(r, c + 22),
        Rows.instant(r, c + 23), Rows.instant(r, c + 24), r.getString(c + 25), r.getLong(c + 26),
        r.getJsonObject(c + 27));
  }
}
