package in.neotrader.sql.orders;

import in.neotrader.sql.errors.UnknownOrder;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import in.neotrader.sql.errors.ConstraintErrors;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

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
  // All or nothing: unless every fill's order is the user's, the count check lets no row through.
  private static final String INSERT_ALL = """
      WITH owned AS (
        SELECT o.id, o.user_id, v.quantity, v.price, v.charges, v.filled_at, v.broker_trade_id, v.note, v.n
        FROM (VALUES %s) AS v(n, order_id, quantity, price, charges, filled_at, broker_trade_id, note)
        JOIN orders o ON o.id = v.order_id AND o.user_id = $1)
      INSERT INTO fills (order_id, user_id, quantity, price, charges, filled_at, broker_trade_id, note)
      SELECT id, user_id, quantity, price, charges, filled_at, broker_trade_id, note FROM owned
      WHERE (SELECT count(*) FROM owned) = $2 ORDER BY n
      RETURNING order_id""";
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
   * Several fills in one statement, written in the order given; fails with {@code UnknownOrder} and writes none
   * when one of the orders is not the user's. The fills' ids are not read back.
   */
  public Future<Void> insertAll(long userId, List<NewFill> fills) {
    if (fills.isEmpty()) {
      return Future.succeededFuture();
    }
    StringJoiner rows = new StringJoiner(", ");
    Tuple params = Tuple.tuple().addLong(userId).addLong((long) fills.size());
    int n = 2;
    int row = 0;
    for (NewFill f : fills) {
      rows.add("($%d::int, $%d::bigint, $%d::int, $%d::numeric, $%d::numeric, $%d::timestamptz, $%d::text, $%d::text)"
          .formatted(n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7, n + 8));
      n += 8;
      params.addValue(row++).addLong(f.orderId()).addValue(f.quantity()).addValue(f.price())
          .addValue(f.charges() == null ? BigDecimal.ZERO : f.charges())
          .addValue(f.filledAt() == null ? null : f.filledAt().atOffset(ZoneOffset.UTC)).addValue(f.brokerTradeId())
          .addValue(f.note());
    }
    return client.preparedQuery(INSERT_ALL.formatted(rows)).execute(params)
        .recover(ConstraintErrors::refused)
        .compose(result -> {
          Set<Long> written = new HashSet<>();
          result.forEach(r -> written.add(r.getLong("order_id")));
          return fills.stream().filter(f -> !written.contains(f.orderId())).findFirst()
              .<Future<Void>>map(f -> Future.failedFuture(new UnknownOrder(f.orderId())))
              .orElseGet(Future::succeededFuture);
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
