package in.neotrader.sql.orders;

import in.neotrader.sql.errors.ConstraintErrors;
import in.neotrader.sql.errors.DatabaseOutage;
import in.neotrader.sql.errors.LeaseLost;
import in.neotrader.sql.query.Coalescer;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.WeakHashMap;

/**
 * Intents written under their users' leases: each user's rows only while its lease is held at the epoch given
 * (FOR SHARE holds the lease row until commit, so a claim by another node waits for this write, or this write sees
 * the new epoch and writes nothing of that user). The intents of many users that wait while an earlier write runs
 * (a burst) go in one statement ({@link Coalescer}); one statement commits them all, and a statement one of them makes
 * fail (a refused row) is run again user by user, so each user gets its own answer.
 */
final class FencedIntentWrites {
  /** Keeps one statement well under PostgreSQL's 65535 bind parameters. */
  static final int MAX_ROWS = 1_000;
  private static final int MAX_IN_FLIGHT = 2;

  // The row values are cast (a VALUES list does not take the columns' types); a duplicate intent inserts nothing
  // instead of failing the others; a user of lease_user held its lease (none of its rows may be new).
  private static final String ROW_CASTS = "::bigint, ::bigint, ::int, ::text, ::text, ::text, ::text, ::text, ::text, "
      + "::int, ::numeric, ::numeric, ::text, ::text, ::text, ::text, ::text, ::text, ::text, ::date, ::timestamptz, "
      + "::text, ::jsonb";
  private static final String INSERT = """
      WITH v AS (SELECT * FROM (VALUES %s) AS v(user_id, lease_epoch, ord, client_order_id, broker_order_id, symbol,
        trading_symbol, exchange, side, quantity, price, trigger_price, order_type, product, variety, validity, status,
        status_reason, task, trading_day, placed_at, source, metadata)),
      lease AS (SELECT s.user_id FROM service_status s
        JOIN (SELECT DISTINCT user_id, lease_epoch FROM v) w ON s.user_id = w.user_id AND s.lease_epoch = w.lease_epoch
        WHERE s.lease_until > now() FOR SHARE OF s),
      inserted AS (INSERT INTO orders (user_id, client_order_id, broker_order_id, symbol, trading_symbol, exchange,
          side, quantity, price, trigger_price, order_type, product, variety, validity, status, status_reason, task,
          trading_day, placed_at, updated_at, source, metadata, lease_epoch)
        SELECT v.user_id, v.client_order_id, v.broker_order_id, v.symbol, v.trading_symbol, v.exchange, v.side,
          v.quantity, v.price, v.trigger_price, v.order_type, v.product, v.variety, v.validity, v.status,
          v.status_reason, v.task, v.trading_day, v.placed_at, v.placed_at, v.source, v.metadata, v.lease_epoch
        FROM v JOIN lease USING (user_id) ORDER BY v.ord
        ON CONFLICT (user_id, client_order_id) DO NOTHING RETURNING *)
      SELECT lease.user_id AS lease_user, inserted.* FROM lease LEFT JOIN inserted ON inserted.user_id = lease.user_id""";

  /** One user's intents, to write under its lease at {@code leaseEpoch}. */
  record Intents(long userId, long leaseEpoch, List<NewOrder> orders) {}

  private static final Map<Pool, Coalescer<Intents, List<Optional<Order>>>> BY_POOL =
      Collections.synchronizedMap(new WeakHashMap<>());

  private FencedIntentWrites() {
  }

  /**
   * The answer follows the order of the intents: the stored order, or empty when that client order id was already
   * written; fails with {@code LeaseLost} (nothing written) when the lease is not held at that epoch.
   */
  static Future<List<Optional<Order>>> write(SqlClient client, Intents intents) {
    if (client instanceof Pool pool && intents.orders().size() <= MAX_ROWS) {
      return BY_POOL.computeIfAbsent(pool, p -> new Coalescer<>(batch -> writeAll(p, batch), MAX_ROWS, MAX_IN_FLIGHT))
          .submit(intents);
    }
    return alone(client, intents);
  }

  /** Statements of many users' intents this pool sent: fewer than the users in a burst. */
  static long batchesSent(Pool pool) {
    Coalescer<Intents, List<Optional<Order>>> writes = BY_POOL.get(pool);
    return writes == null ? 0 : writes.batchesSent();
  }

  /** One user's intents in statements of their own, {@link #MAX_ROWS} at a time. */
  private static Future<List<Optional<Order>>> alone(SqlClient client, Intents intents) {
    List<NewOrder> orders = intents.orders();
    if (orders.size() <= MAX_ROWS) {
      return statement(client, List.of(intents)).compose(answers -> answers.get(0));
    }
    Intents head = new Intents(intents.userId(), intents.leaseEpoch(), orders.subList(0, MAX_ROWS));
    Intents tail = new Intents(intents.userId(), intents.leaseEpoch(), orders.subList(MAX_ROWS, orders.size()));
    return alone(client, head).compose(first -> alone(client, tail).map(rest -> {
      List<Optional<Order>> all = new ArrayList<>(first);
      all.addAll(rest);
      return all;
    }));
  }

  /** Users' intents in statements of at most {@link #MAX_ROWS} rows; user by user where a statement is refused. */
  private static Future<List<Future<List<Optional<Order>>>>> writeAll(Pool pool, List<Intents> batch) {
    List<List<Intents>> statements = new ArrayList<>();
    int rows = MAX_ROWS;
    for (Intents intents : batch) {
      if (rows + intents.orders().size() > MAX_ROWS) {
        statements.add(new ArrayList<>());
        rows = 0;
      }
      statements.get(statements.size() - 1).add(intents);
      rows += intents.orders().size();
    }
    List<Future<List<Future<List<Optional<Order>>>>>> written = statements.stream().map(users ->
        statement(pool, users).recover(err -> DatabaseOutage.is(err) ? Future.failedFuture(err)
            : oneByOne(pool, users))).toList();
    return Future.all(written).map(all -> {
      List<Future<List<Optional<Order>>>> answers = new ArrayList<>(batch.size());
      written.forEach(w -> answers.addAll(w.result()));
      return answers;
    });
  }

  private static Future<List<Future<List<Optional<Order>>>>> oneByOne(Pool pool, List<Intents> users) {
    List<Future<List<Optional<Order>>>> each = users.stream().map(u -> alone(pool, u)).toList();
    return Future.join(each).transform(ended -> Future.succeededFuture(each));
  }

  private static Future<List<Future<List<Optional<Order>>>>> statement(SqlClient client, List<Intents> users) {
    String[] casts = ROW_CASTS.split(", ");
    StringJoiner values = new StringJoiner(", ");
    Tuple params = Tuple.tuple();
    int n = 0;
    int ord = 0;
    for (Intents intents : users) {
      for (NewOrder o : intents.orders()) {
        StringJoiner row = new StringJoiner(", ", "(", ")");
        for (String cast : casts) {
          row.add("$" + (++n) + cast);
        }
        values.add(row.toString());
        params.addLong(intents.userId()).addLong(intents.leaseEpoch()).addInteger(++ord)
            .addValue(o.clientOrderId()).addValue(o.brokerOrderId()).addValue(o.symbol()).addValue(o.tradingSymbol())
            .addValue(o.exchange()).addValue(o.side()).addValue(o.quantity()).addValue(o.price())
            .addValue(o.triggerPrice()).addValue(o.orderType()).addValue(o.product()).addValue(o.variety())
            .addValue(o.validity()).addValue(o.status()).addValue(o.statusReason()).addValue(o.task())
            .addValue(o.tradingDay()).addValue(utc(o.placedAt())).addValue(o.source())
            .addValue(o.metadata() == null ? new JsonObject() : o.metadata());
      }
    }
    return client.preparedQuery(INSERT.formatted(values)).execute(params)
        .recover(ConstraintErrors::refused)
        .map(result -> {
          Set<Long> held = new HashSet<>();
          Map<Long, Map<String, Order>> written = new HashMap<>();
          for (Row r : result) {
            held.add(r.getLong("lease_user"));
            if (r.getValue("id") != null) {
              Order order = OrderRepository.order(r);
              written.computeIfAbsent(order.userId(), u -> new HashMap<>()).put(order.clientOrderId(), order);
            }
          }
          return users.stream().map(intents -> answer(intents, held, written)).toList();
        });
  }

  private static Future<List<Optional<Order>>> answer(Intents intents, Set<Long> held,
      Map<Long, Map<String, Order>> written) {
    if (!held.contains(intents.userId())) {
      return Future.failedFuture(new LeaseLost(intents.userId(), intents.leaseEpoch()));
    }
    Map<String, Order> mine = written.getOrDefault(intents.userId(), new HashMap<>());
    List<Optional<Order>> answer = new ArrayList<>(intents.orders().size());
    // A client order id given twice (in one batch, or by two batches of the user) is written once: only its first
    // mention is sent.
    for (NewOrder o : intents.orders()) {
      answer.add(Optional.ofNullable(mine.remove(o.clientOrderId())));
    }
    return Future.succeededFuture(answer);
  }

  private static Object utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
