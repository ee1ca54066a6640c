package in.neotrader.sql.orders;

import in.neotrader.sql.errors.UnknownOrder;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Fills of a user's orders. A fill can only be written against an order of the same user. */
public final class FillRepository {
  private static final String WITH_ORDER = "SELECT f.*, o.symbol, o.side FROM fills f JOIN orders o ON o.id = f.order_id ";
  // Selecting the order by (id, user_id) is the user-scope check: another user's order id inserts nothing.
  private static final String INSERT = """
      WITH inserted AS (
        INSERT INTO fills (order_id, user_id, quantity, price, charges, filled_at, broker_trade_id, note)
        SELECT o.id, o.user_id, #{quantity}, #{price}, #{charges}, #{filledAt}, #{brokerTradeId}, #{note}
        FROM orders o WHERE o.id = #{orderId} AND o.user_id = #{userId}
        RETURNING *)
      SELECT f.*, o.symbol, o.side FROM inserted f JOIN orders o ON o.id = f.order_id""";
  private static final String FOR_ORDER = WITH_ORDER
      + "WHERE f.user_id = #{userId} AND f.order_id = #{orderId} ORDER BY f.filled_at, f.id";
  private static final String FOR_USER = WITH_ORDER + "WHERE f.user_id = #{userId} ORDER BY f.filled_at, f.id";

  private final SqlClient client;

  public FillRepository(SqlClient client) {
    this.client = client;
  }

  public FillRepository forConnection(SqlClient connection) {
    return new FillRepository(connection);
  }

  /** Fails with {@code UnknownOrder} when the order is not the user's. */
  public Future<Fill> insert(long userId, NewFill fill) {
    Params params = Params.of("userId", userId).and("orderId", fill.orderId()).and("quantity", fill.quantity())
        .and("price", fill.price()).and("charges", fill.charges() == null ? BigDecimal.ZERO : fill.charges())
        .and("filledAt", fill.filledAt()).and("brokerTradeId", fill.brokerTradeId()).and("note", fill.note());
    return Queries.optional(client, INSERT, params, FillRepository::fill)
        .compose(inserted -> inserted.map(Future::succeededFuture)
            .orElseGet(() -> Future.failedFuture(new UnknownOrder(fill.orderId()))));
  }

  /**
   * Several fills in one round trip, in the order given; fails with {@code UnknownOrder} when one of the orders is
   * not the user's (run it in a transaction so that nothing is then written).
   */
  public Future<List<Fill>> insertAll(long userId, List<NewFill> fills) {
    List<Params> batch = new ArrayList<>(fills.size());
    fills.forEach(f -> batch.add(params(userId, f)));
    return Queries.optionalBatch(client, INSERT, batch, FillRepository::fill).compose(rows -> {
      List<Fill> inserted = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).isEmpty()) {
          return Future.failedFuture(new UnknownOrder(fills.get(i).orderId()));
        }
        inserted.add(rows.get(i).get());
      }
      return Future.succeededFuture(inserted);
    });
  }

  private static Params params(long userId, NewFill fill) {
    return Params.of("userId", userId).and("orderId", fill.orderId()).and("quantity", fill.quantity())
        .and("price", fill.price()).and("charges", fill.charges() == null ? BigDecimal.ZERO : fill.charges())
        .and("filledAt", fill.filledAt()).and("brokerTradeId", fill.brokerTradeId()).and("note", fill.note());
  }

  public Future<List<Fill>> listForOrder(long userId, long orderId) {
    return Queries.list(client, FOR_ORDER, Params.of("userId", userId).and("orderId", orderId), FillRepository::fill);
  }

  /** Every fill of the user, oldest first (the CSV export). */
  public Future<List<Fill>> listForUser(long userId) {
    return Queries.list(client, FOR_USER, Params.of("userId", userId), FillRepository::fill);
  }

  private static Fill fill(Row r) {
    return new Fill(r.getLong("id"), r.getLong("order_id"), r.getLong("user_id"), r.getString("symbol"),
        r.getString("side"), r.getInteger("quantity"), r.getBigDecimal("price"), r.getBigDecimal("charges"),
        Rows.instant(r, "filled_at"), r.getString("broker_trade_id"), r.getString("note"));
  }
}
