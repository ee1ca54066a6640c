package in.neotrader.sql.orders;

import in.neotrader.sql.errors.LeaseLost;
import in.neotrader.sql.query.Page;
import in.neotrader.sql.query.PageRequest;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.UserBatches;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orders of a user. The client order id is unique per user, so writing the same intent twice fails with
 * {@code DuplicateClientOrderId}: that is what keeps a retried task from placing twice.
 */
public final class OrderRepository {
  public static final String OPEN_STATES = "('NEW', 'AMO_PENDING', 'OPEN', 'PARTIALLY_FILLED')";
  private static final String COLUMNS = """
      user_id, client_order_id, broker_order_id, symbol, trading_symbol, exchange, side, quantity, price,
      trigger_price, order_type, product, variety, validity, status, status_reason, task, trading_day, placed_at,
      updated_at, source, metadata, lease_epoch""";
  private static final String VALUES = """
      #{userId}, #{clientOrderId}, #{brokerOrderId}, #{symbol}, #{tradingSymbol}, #{exchange}, #{side}, #{quantity},
      #{price}, #{triggerPrice}, #{orderType}, #{product}, #{variety}, #{validity}, #{status}, #{statusReason},
      #{task}, #{tradingDay}, #{placedAt}, #{placedAt}, #{source}, #{metadata}, #{leaseEpoch}""";
  // What reads an order selects and returns: its columns by position (OrderRows).
  private static final String READ = OrderRows.COLUMNS.list();
  private static final String INSERT = "INSERT INTO orders (" + COLUMNS + ") VALUES (" + VALUES + ") RETURNING " + READ;
  // FOR SHARE holds the lease row until commit, so a claim by another node waits for this write, or this write
  // sees the new epoch and inserts nothing.
  private static final String INSERT_FENCED = "WITH lease AS (SELECT 1 FROM service_status WHERE user_id = #{userId} "
      + "AND lease_epoch = #{leaseEpoch} AND lease_until > now() FOR SHARE) "
      + "INSERT INTO orders (" + COLUMNS + ") SELECT " + VALUES + " FROM lease RETURNING " + READ;
  private static final String BY_ID = "SELECT " + READ
      + " FROM orders WHERE user_id = #{userId} AND id = #{orderId}";
  private static final String BY_CLIENT_ID = "SELECT " + READ + " FROM orders WHERE user_id = #{userId} "
      + "AND client_order_id = #{clientOrderId}";
  private static final String BY_BROKER_ID = "SELECT " + READ + " FROM orders WHERE user_id = #{userId} "
      + "AND broker_order_id = #{brokerOrderId} ORDER BY id DESC LIMIT 1";
  private static final String NON_TERMINAL = "SELECT " + READ
      + " FROM orders WHERE user_id = ANY(#{userIds}) AND status IN "
      + OPEN_STATES + " ORDER BY placed_at, id";
  private static final String FILTER = " FROM orders WHERE user_id = #{userId}"
      + " AND (#{status}::text IS NULL OR status = #{status})"
      + " AND (#{symbol}::text IS NULL OR symbol = #{symbol})"
      + " AND (#{side}::text IS NULL OR side = #{side})"
      + " AND (#{from}::timestamptz IS NULL OR placed_at >= #{from})"
      + " AND (#{to}::timestamptz IS NULL OR placed_at < #{to})";
  private static final String PAGE = "SELECT " + READ + FILTER + " ORDER BY placed_at DESC, id DESC "
      + "LIMIT #{limit} OFFSET #{offset}";
  private static final String COUNT = "SELECT count(*) AS total" + FILTER;
  private static final String UPDATE_STATUS = """
      UPDATE orders SET status = #{newStatus}, status_reason = #{reason}, filled_quantity = #{filledQuantity},
        average_fill_price = coalesce(#{averageFillPrice}, average_fill_price),
        broker_order_id = coalesce(#{brokerOrderId}, broker_order_id), updated_at = #{at},
        filled_at = CASE WHEN #{newStatus} = 'FILLED' THEN #{at} ELSE filled_at END,
        closed_at = CASE WHEN #{newStatus} IN %s THEN closed_at ELSE #{at} END
      WHERE user_id = #{userId} AND id = #{orderId} AND status = #{expectedStatus}""".formatted(OPEN_STATES);

  private final SqlClient client;

  public OrderRepository(SqlClient client) {
    this.client = client;
  }

  public OrderRepository forConnection(SqlClient connection) {
    return new OrderRepository(connection);
  }

  /** Unfenced insert, for paper trading without a lease and for imports. */
  public Future<Order> insert(long userId, NewOrder order) {
    return Queries.single(client, INSERT, params(userId, order, null), OrderRows::order);
  }

  /**
   * Inserts only while this node holds the user's lease at {@code leaseEpoch}; otherwise fails with
   * {@code LeaseLost} and writes nothing.
   */
  public Future<Order> insertFenced(long userId, long leaseEpoch, NewOrder order) {
    return Queries.optional(client, INSERT_FENCED, params(userId, order, leaseEpoch), OrderRows::order)
        .compose(inserted -> inserted.map(Future::succeededFuture)
            .orElseGet(() -> Future.failedFuture(new LeaseLost(userId, leaseEpoch))));
  }

  /**
   * Writes several intents in one statement (with other users' intents written at the same moment), only while
   * this node holds the user's lease at {@code leaseEpoch}; otherwise fails with {@code LeaseLost} and writes
   * nothing. The answer follows the order of {@code orders}: the stored order, or empty when that client order id was already written (the
   * batched form of {@code DuplicateClientOrderId}: that intent must not be sent).
   */
  public Future<List<Optional<Order>>> insertAllFenced(long userId, long leaseEpoch, List<NewOrder> orders) {
    return orders.isEmpty() ? Future.succeededFuture(List.of())
        : FencedIntentWrites.write(client, new FencedIntentWrites.Intents(userId, leaseEpoch, orders));
  }

  public Future<Optional<Order>> findById(long userId, long orderId) {
    return Queries.optional(client, BY_ID, Params.of("userId", userId).and("orderId", orderId), OrderRows::order);
  }

  public Future<Optional<Order>> findByClientOrderId(long userId, String clientOrderId) {
    return Queries.optional(client, BY_CLIENT_ID, Params.of("userId", userId).and("clientOrderId", clientOrderId),
        OrderRows::order);
  }

  public Future<Optional<Order>> findByBrokerOrderId(long userId, String brokerOrderId) {
    return Queries.optional(client, BY_BROKER_ID, Params.of("userId", userId).and("brokerOrderId", brokerOrderId),
        OrderRows::order);
  }

  /** Orders still waiting on the broker, oldest first: what a resumed service reconciles. */
  public Future<List<Order>> listNonTerminal(long userId) {
    return UserBatches.list(client, NON_TERMINAL, userId, Params.none(), OrderRows::order);
  }

  /** Newest first. */
  public Future<Page<Order>> page(long userId, OrderFilter filter, PageRequest page) {
    Params filters = Params.of("userId", userId).and("status", filter.status()).and("symbol", filter.symbol())
        .and("side", filter.side()).and("from", filter.from()).and("to", filter.to());
    return Page.fetch(client, PAGE, COUNT, filters, page, OrderRows::order);
  }

  /**
   * Compare-and-set on the status: applies only when the order is the user's and still in
   * {@code expectedStatus}, so two paths reacting to the same broker event cannot both move it.
   */
  public Future<Boolean> updateStatus(long userId, long orderId, String expectedStatus, OrderStatusChange change) {
    return Queries.applied(client, UPDATE_STATUS, Params.of("userId", userId).and("orderId", orderId)
        .and("expectedStatus", expectedStatus).and("newStatus", change.newStatus()).and("reason", change.reason())
        .and("filledQuantity", change.filledQuantity()).and("averageFillPrice", change.averageFillPrice())
        .and("brokerOrderId", change.brokerOrderId()).and("at", change.at()));
  }

  /**
   * Several compare-and-set moves ({@link #updateStatus}) of distinct orders in one statement, all stamped
   * {@code at}; the orders that moved, by id, as stored after the move (the others had left their expected status, or are not the
   * user's). One statement is atomic on its own: run it in a transaction only to book what the moves imply.
   */
  public Future<Map<Long, Order>> updateStatusAll(long userId, List<OrderStatusUpdate> updates, Instant at) {
    return updateStatusAll(userId, null, updates, at);
  }

  /**
   * {@link #updateStatusAll} only while this node holds the user's lease at {@code leaseEpoch}; otherwise fails
   * with {@code LeaseLost} and moves nothing. In a transaction, it fences the transaction's later writes too.
   */
  public Future<Map<Long, Order>> updateStatusAllFenced(long userId, long leaseEpoch, List<OrderStatusUpdate> updates,
      Instant at) {
    return updateStatusAll(userId, leaseEpoch, updates, at);
  }

  /**
   * As {@link #updateStatusAllFenced}, answering only which orders moved: their ids (no order row is read back, for
   * callers that need no more, such as a burst of placements).
   */
  public Future<Set<Long>> moveAllFenced(long userId, long leaseEpoch, List<OrderStatusUpdate> updates, Instant at) {
    return updates.isEmpty() ? Future.succeededFuture(Set.of())
        : OrderMoves.apply(client, new UserOrderMoves(userId, leaseEpoch, updates, at), OrderMoves.Returning.IDS)
            .map(Map::keySet);
  }

  private Future<Map<Long, Order>> updateStatusAll(long userId, Long leaseEpoch, List<OrderStatusUpdate> updates,
      Instant at) {
    return updates.isEmpty() ? Future.succeededFuture(Map.of())
        : OrderMoves.apply(client, new UserOrderMoves(userId, leaseEpoch, updates, at), OrderMoves.Returning.ORDERS);
  }

  /**
   * Several users' {@link #updateStatusAllFenced} in one statement, on this repository's connection (a transaction
   * booking the fills they imply): an answer per user, in order; a user whose lease is not held gets {@code LeaseLost}
   * and moves nothing, the others move.
   */
  public Future<List<Future<Map<Long, Order>>>> updateStatusForUsers(List<UserOrderMoves> users) {
    return OrderMoves.statement(client, users, OrderMoves.Returning.ORDERS);
  }

  private static Params params(long userId, NewOrder o, Long leaseEpoch) {
    return Params.of("userId", userId).and("clientOrderId", o.clientOrderId()).and("brokerOrderId", o.brokerOrderId())
        .and("symbol", o.symbol()).and("tradingSymbol", o.tradingSymbol()).and("exchange", o.exchange())
        .and("side", o.side()).and("quantity", o.quantity()).and("price", o.price())
        .and("triggerPrice", o.triggerPrice()).and("orderType", o.orderType()).and("product", o.product())
        .and("variety", o.variety()).and("validity", o.validity()).and("status", o.status())
        .and("statusReason", o.statusReason()).and("task", o.task()).and("tradingDay", o.tradingDay())
        .and("placedAt", o.placedAt()).and("source", o.source())
        .and("metadata", o.metadata() == null ? new JsonObject() : o.metadata()).and("leaseEpoch", leaseEpoch);
  }
}
