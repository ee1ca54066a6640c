package in.neotrader.sql.orders;

import in.neotrader.sql.errors.ConstraintErrors;
import in.neotrader.sql.errors.LeaseLost;
import in.neotrader.sql.query.Coalescer;
import in.neotrader.sql.query.JsonRows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Intents written under their users' leases: each user's rows only while its lease is held at the epoch given
 * (FOR SHARE holds the lease row until commit, so a claim by another node waits for this write, or this write sees
 * the new epoch and writes nothing of that user). The intents of many users that wait while an earlier write runs
 * (a burst) go in one statement ({@link Coalescer}); one statement commits them all, and a statement one of them makes
 * fail (a refused row) is run again user by user, so each user gets its own answer.
 */
final class FencedIntentWrites {
  /** Rows in one statement: a burst's few hundred users at a time. */
  static final int MAX_ROWS = 1_000;
  private static final int MAX_IN_FLIGHT = 2;

  // One text for every batch (the rows travel as one array per column, in binary; prices as text, exactly the
  // decimal given): a single prepared statement, however many users a burst puts in it; = ANY(ARRAY(...)) makes the plan look the users up by index (the planner cannot count the
  // array's rows and would scan service_status whole). Every statement that locks many users' rows locks them in
  // user order (ORDER BY ... FOR SHARE), so that two of them, or one and the heartbeat, never deadlock. A duplicate intent inserts nothing instead of failing the others; a user of lease_user held
  // its lease (none of its rows may be new).
  private static final String INSERT = """
      WITH v AS (SELECT user_id, lease_epoch, ord, client_order_id, broker_order_id, symbol, trading_symbol, exchange,
          side, quantity, price::numeric AS price, trigger_price::numeric AS trigger_price, order_type, product, variety,
          validity, status, status_reason, task, trading_day, placed_at, source, metadata::jsonb AS metadata
        FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
          $9::text[], $10::int[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[],
          $17::text[], $18::text[], $19::text[], $20::date[], $21::timestamptz[], $22::text[], $23::text[])
        AS v(user_id, lease_epoch, ord, client_order_id, broker_order_id, symbol, trading_symbol, exchange, side,
          quantity, price, trigger_price, order_type, product, variety, validity, status, status_reason, task,
          trading_day, placed_at, source, metadata)),
      lease AS (SELECT s.user_id FROM service_status s
        WHERE s.user_id = ANY(ARRAY(SELECT user_id FROM v)) AND s.lease_until > now()
          AND (s.user_id, s.lease_epoch) IN (SELECT user_id, lease_epoch FROM v) ORDER BY s.user_id FOR SHARE OF s),
      inserted AS (INSERT INTO orders (user_id, client_order_id, broker_order_id, symbol, trading_symbol, exchange,
          side, quantity, price, trigger_price, order_type, product, variety, validity, status, status_reason, task,
          trading_day, placed_at, updated_at, source, metadata, lease_epoch)
        SELECT v.user_id, v.client_order_id, v.broker_order_id, v.symbol, v.trading_symbol, v.exchange, v.side,
          v.quantity, v.price, v.trigger_price, v.order_type, v.product, v.variety, v.validity, v.status,
          v.status_reason, v.task, v.trading_day, v.placed_at, v.placed_at, v.source, coalesce(v.metadata, '{}'),
          v.lease_epoch
        FROM v JOIN lease USING (user_id) ORDER BY v.ord
        ON CONFLICT (user_id, client_order_id) DO NOTHING RETURNING %s)
      SELECT lease.user_id AS lease_user, inserted.* FROM lease LEFT JOIN inserted ON inserted.user_id = lease.user_id"""
      .formatted(OrderRows.COLUMNS.list());

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
    return Coalescer.inStatements(batch, (statement, intents) -> statement.stream().mapToInt(i -> i.orders().size())
        .sum() + intents.orders().size() <= MAX_ROWS, users -> Coalescer.orEachAlone(statement(pool, users), users,
        u -> alone(pool, u)));
  }

  private static Future<List<Future<List<Optional<Order>>>>> statement(SqlClient client, List<Intents> users) {
    int n = users.stream().mapToInt(i -> i.orders().size()).sum();
    Long[] userIds = new Long[n];
    Long[] epochs = new Long[n];
    Integer[] ords = new Integer[n];
    Integer[] quantities = new Integer[n];
    LocalDate[] days = new LocalDate[n];
    OffsetDateTime[] placedAt = new OffsetDateTime[n];
    // The text columns in the statement's order: client_order_id ... task, then source and metadata.
    String[][] texts = new String[17][n];
    int k = 0;
    for (Intents intents : users) {
      for (NewOrder o : intents.orders()) {
        userIds[k] = intents.userId();
        epochs[k] = intents.leaseEpoch();
        ords[k] = k;
        quantities[k] = o.quantity();
        days[k] = o.tradingDay();
        placedAt[k] = JsonRows.utc(o.placedAt());
        String[] row = {o.clientOrderId(), o.brokerOrderId(), o.symbol(), o.tradingSymbol(), o.exchange(), o.side(),
            decimal(o.price()), decimal(o.triggerPrice()), o.orderType(), o.product(), o.variety(), o.validity(),
            o.status(), o.statusReason(), o.task(), o.source(),
            (o.metadata() == null ? new JsonObject() : o.metadata()).encode()};
        for (int c = 0; c < row.length; c++) {
          texts[c][k] = row[c];
        }
        k++;
      }
    }
    Tuple params = Tuple.tuple();
    for (Object column : new Object[] {userIds, epochs, ords, texts[0], texts[1], texts[2], texts[3], texts[4],
        texts[5], quantities, texts[6], texts[7], texts[8], texts[9], texts[10], texts[11], texts[12], texts[13],
        texts[14], days, placedAt, texts[15], texts[16]}) {
      params.addValue(column);
    }
    return client.preparedQuery(INSERT).execute(params)
        .recover(ConstraintErrors::refused)
        .map(result -> {
          Set<Long> held = new HashSet<>();
          Map<Long, Map<String, Order>> written = new HashMap<>();
          for (Row r : result) {
            held.add(r.getLong(0));
            Order order = OrderRows.order(r, 1);
            if (order != null) {
              written.computeIfAbsent(order.userId(), u -> new HashMap<>()).put(order.clientOrderId(), order);
            }
          }
          return users.stream().map(intents -> answer(intents, held, written)).toList();
        });
  }

  private static String decimal(BigDecimal value) {
    return value == null ? null : value.toPlainString();
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
}
