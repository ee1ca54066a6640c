package in.neotrader.sql.orders;

import in.neotrader.sql.errors.UnknownOrder;
import in.neotrader.sql.query.JsonRows;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import in.neotrader.sql.errors.ConstraintErrors;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
  // All or nothing: unless every fill's order is its user's, the count check lets no row through. The rows travel as
  // one array per column (one prepared text for any number of users); prices as text, exactly the decimal given.
  private static final String INSERT_ALL = """
      WITH v AS (SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::text[], $5::text[],
          $6::timestamptz[], $7::text[], $8::text[]) WITH ORDINALITY
          AS v(user_id, order_id, quantity, price, charges, filled_at, broker_trade_id, note, n)),
      owned AS (
        SELECT o.id, o.user_id, v.quantity, v.price::numeric AS price, v.charges::numeric AS charges, v.filled_at,
          v.broker_trade_id, v.note, v.n
        FROM v JOIN orders o ON o.id = v.order_id AND o.user_id = v.user_id
        WHERE o.id = ANY(ARRAY(SELECT order_id FROM v)))
      INSERT INTO fills (order_id, user_id, quantity, price, charges, filled_at, broker_trade_id, note)
      SELECT id, user_id, quantity, price, charges, filled_at, broker_trade_id, note FROM owned
      WHERE (SELECT count(*) FROM owned) = $9 ORDER BY n
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

  /** A fill of one user's order, for a statement writing several users' fills. */
  public record OwnedFill(long userId, NewFill fill) {}

  /**
   * Several fills in one statement, written in the order given; fails with {@code UnknownOrder} and writes none
   * when one of the orders is not the user's. The fills' ids are not read back.
   */
  public Future<Void> insertAll(long userId, List<NewFill> fills) {
    return insertForUsers(fills.stream().map(f -> new OwnedFill(userId, f)).toList());
  }

  /** As {@link #insertAll(long, List)}, for fills of several users' orders, each checked against its own user. */
  public Future<Void> insertForUsers(List<OwnedFill> fills) {
    if (fills.isEmpty()) {
      return Future.succeededFuture();
    }
    int n = fills.size();
    Long[] userIds = new Long[n];
    Long[] orderIds = new Long[n];
    Integer[] quantities = new Integer[n];
    String[] prices = new String[n];
    String[] charges = new String[n];
    OffsetDateTime[] filledAt = new OffsetDateTime[n];
    String[] tradeIds = new String[n];
    String[] notes = new String[n];
    for (int i = 0; i < n; i++) {
      NewFill f = fills.get(i).fill();
      userIds[i] = fills.get(i).userId();
      orderIds[i] = f.orderId();
      quantities[i] = f.quantity();
      prices[i] = f.price() == null ? null : f.price().toPlainString();
      charges[i] = (f.charges() == null ? BigDecimal.ZERO : f.charges()).toPlainString();
      filledAt[i] = JsonRows.utc(f.filledAt());
      tradeIds[i] = f.brokerTradeId();
      notes[i] = f.note();
    }
    Tuple params = Tuple.of(userIds, orderIds, quantities, prices, charges, filledAt, tradeIds, notes)
        .addLong((long) n);
    return client.preparedQuery(INSERT_ALL).execute(params)
        .recover(ConstraintErrors::refused)
        .compose(result -> {
          Set<Long> written = new HashSet<>();
          result.forEach(r -> written.add(r.getLong("order_id")));
          return fills.stream().map(OwnedFill::fill).filter(f -> !written.contains(f.orderId())).findFirst()
              .<Future<Void>>map(f -> Future.failedFuture(new UnknownOrder(f.orderId())))
              .orElseGet(Future::succeededFuture);
        });
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
