package in.neotrader.sql.orders;

import in.neotrader.sql.errors.ConstraintErrors;
import in.neotrader.sql.errors.LeaseLost;
import in.neotrader.sql.query.Coalescer;
import in.neotrader.sql.query.Columns;
import in.neotrader.sql.query.JsonRows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * Compare-and-set moves of orders, a batch per user: each order moves only from its expected status, only for its
 * owner and, fenced, only while the user's lease is held at the epoch given (FOR SHARE: held until commit, so the
 * rest of a transaction, fills and positions, is fenced too). The moves of many users that wait while an earlier one
 * runs (a burst) go in one statement ({@link Coalescer}), an order once in each statement; one a refused row fails
 * is run again user by user.
 */
final class OrderMoves {
  private static final int MAX_MOVES = 1_000;
  private static final int MAX_IN_FLIGHT = 2;

  // One text for every batch (the moves travel as one array per column, in binary): a single prepared statement;
  // = ANY(ARRAY(...))
  // makes the plan find the orders and leases by index (the planner cannot count the array's rows); the lease rows
  // are locked in user order, as every statement locking many users' rows does (no deadlock between them).
  // lease_user names each fenced user whose lease is held, moved rows follow; an unfenced user's rows come with no
  // lease_user. Prices travel as text: exactly the decimal given.
  private static final String MOVE = """
      WITH v AS (SELECT user_id, lease_epoch, at, id, expected_status, new_status, reason, filled_quantity,
          average_fill_price::numeric AS average_fill_price, broker_order_id
        FROM unnest($1::bigint[], $2::bigint[], $3::timestamptz[], $4::bigint[], $5::text[], $6::text[], $7::text[],
          $8::int[], $9::text[], $10::text[]) AS v(user_id, lease_epoch, at, id, expected_status, new_status, reason,
          filled_quantity, average_fill_price, broker_order_id)),
      lease AS (SELECT s.user_id FROM service_status s
        WHERE s.user_id = ANY(ARRAY(SELECT user_id FROM v WHERE lease_epoch IS NOT NULL)) AND s.lease_until > now()
          AND (s.user_id, s.lease_epoch) IN (SELECT user_id, lease_epoch FROM v) ORDER BY s.user_id FOR SHARE OF s),
      moved AS (
        UPDATE orders o SET status = v.new_status, status_reason = v.reason, filled_quantity = v.filled_quantity,
          average_fill_price = coalesce(v.average_fill_price, o.average_fill_price),
          broker_order_id = coalesce(v.broker_order_id, o.broker_order_id), updated_at = v.at,
          filled_at = CASE WHEN v.new_status = 'FILLED' THEN v.at ELSE o.filled_at END,
          closed_at = CASE WHEN v.new_status IN %s THEN o.closed_at ELSE v.at END
        FROM v
        WHERE o.id = ANY(ARRAY(SELECT id FROM v)) AND o.user_id = v.user_id AND o.id = v.id
          AND o.status = v.expected_status
          AND (v.lease_epoch IS NULL OR v.user_id IN (SELECT user_id FROM lease))
        RETURNING %s)
      SELECT lease.user_id AS lease_user, moved.* FROM lease FULL JOIN moved ON moved.user_id = lease.user_id""";

  /** The id and owner of an order moved: the first two of {@link OrderRows#COLUMNS}, so both answers read them alike. */
  private static final Columns MOVED = Columns.of("id", "user_id");

  /**
   * What a move statement returns of each order it moved: the row as stored after the move, or only its id where
   * the caller needs to know no more than which moved (a burst of 30,000 AMO placements then decodes no order row).
   */
  static final class Returning<T> {
    static final Returning<Order> ORDERS = new Returning<>(OrderRows.COLUMNS, r -> OrderRows.order(r, 1));
    static final Returning<Long> IDS = new Returning<>(MOVED, r -> r.getLong(MOVED.at(r, 1)));

    private final String sql;
    private final Function<Row, T> read;
    private final Map<Pool, Coalescer<UserOrderMoves, Map<Long, T>>> byPool =
        Collections.synchronizedMap(new WeakHashMap<>());

    private Returning(Columns columns, Function<Row, T> read) {
      this.sql = MOVE.formatted(OrderRepository.OPEN_STATES, columns.of("o"));
      this.read = read;
    }
  }

  private OrderMoves() {
  }

  /**
   * What {@code returning} gives of each order that moved, by id; fails with {@code LeaseLost} (nothing moved) when
   * a fenced lease is not held.
   */
  static <T> Future<Map<Long, T>> apply(SqlClient client, UserOrderMoves moves, Returning<T> returning) {
    if (moves.updates().stream().map(OrderStatusUpdate::orderId).distinct().count() < moves.updates().size()) {
      throw new IllegalArgumentException("an order can move once per batch");
    }
    if (client instanceof Pool pool && moves.updates().size() <= MAX_MOVES) {
      return returning.byPool.computeIfAbsent(pool, p -> new Coalescer<>(batch -> applyAll(p, batch, returning),
          MAX_MOVES, MAX_IN_FLIGHT)).submit(moves);
    }
    return statement(client, List.of(moves), returning).compose(answers -> answers.get(0));
  }

  /** In statements of at most {@link #MAX_MOVES} moves, each order once in a statement. */
  private static <T> Future<List<Future<Map<Long, T>>>> applyAll(Pool pool, List<UserOrderMoves> batch,
      Returning<T> returning) {
    return Coalescer.inStatements(batch, OrderMoves::fits, users -> Coalescer.orEachAlone(
        statement(pool, users, returning), users, m -> statement(pool, List.of(m), returning).compose(a -> a.get(0))));
  }

  /** Orders of different users are distinct: only the same user's earlier moves in the statement can repeat one. */
  private static boolean fits(List<UserOrderMoves> statement, UserOrderMoves moves) {
    int size = moves.updates().size();
    Set<Long> sameUser = new HashSet<>();
    for (UserOrderMoves m : statement) {
      size += m.updates().size();
      if (m.userId() == moves.userId()) {
        m.updates().forEach(u -> sameUser.add(u.orderId()));
      }
    }
    return size <= MAX_MOVES && moves.updates().stream().noneMatch(u -> sameUser.contains(u.orderId()));
  }

  /**
   * Many users' moves in one statement, as on a connection in a transaction (fills booked with them): an answer per
   * user, in order, failed with {@code LeaseLost} for a fenced user whose lease is not held (none of its orders moved).
   */
  static <T> Future<List<Future<Map<Long, T>>>> statement(SqlClient client, List<UserOrderMoves> users,
      Returning<T> returning) {
    int n = users.stream().mapToInt(m -> m.updates().size()).sum();
    Long[] userIds = new Long[n];
    Long[] epochs = new Long[n];
    OffsetDateTime[] ats = new OffsetDateTime[n];
    Long[] ids = new Long[n];
    String[] expected = new String[n];
    String[] states = new String[n];
    String[] reasons = new String[n];
    Integer[] filled = new Integer[n];
    String[] prices = new String[n];
    String[] brokerIds = new String[n];
    int i = 0;
    for (UserOrderMoves moves : users) {
      for (OrderStatusUpdate u : moves.updates()) {
        OrderStatusChange c = u.change();
        userIds[i] = moves.userId();
        epochs[i] = moves.leaseEpoch();
        ats[i] = JsonRows.utc(moves.at());
        ids[i] = u.orderId();
        expected[i] = u.expectedStatus();
        states[i] = c.newStatus();
        reasons[i] = c.reason();
        filled[i] = c.filledQuantity();
        prices[i] = c.averageFillPrice() == null ? null : c.averageFillPrice().toPlainString();
        brokerIds[i] = c.brokerOrderId();
        i++;
      }
    }
    Tuple params = Tuple.of(userIds, epochs, ats, ids, expected, states, reasons, filled, prices, brokerIds);
    return client.preparedQuery(returning.sql).execute(params)
        .recover(ConstraintErrors::refused)
        .map(result -> {
          Set<Long> held = new HashSet<>();
          Map<Long, T> moved = new HashMap<>();
          Map<Long, Long> owners = new HashMap<>();
          for (Row r : result) {
            if (r.getValue(0) != null) {
              held.add(r.getLong(0));
            }
            if (r.getValue(1) != null) {
              long id = r.getLong(1);
              moved.put(id, returning.read.apply(r));
              owners.put(id, r.getLong(2));
            }
          }
          return users.stream().map(m -> answer(m, held, moved, owners)).toList();
        });
  }

  private static <T> Future<Map<Long, T>> answer(UserOrderMoves moves, Set<Long> held, Map<Long, T> moved,
      Map<Long, Long> owners) {
    if (moves.leaseEpoch() != null && !held.contains(moves.userId())) {
      return Future.failedFuture(new LeaseLost(moves.userId(), moves.leaseEpoch()));
    }
    Map<Long, T> mine = new HashMap<>();
    for (OrderStatusUpdate u : moves.updates()) {
      if (moves.userId() == owners.getOrDefault(u.orderId(), -1L)) {
        mine.put(u.orderId(), moved.get(u.orderId()));
      }
    }
    return Future.succeededFuture(mine);
  }
}
