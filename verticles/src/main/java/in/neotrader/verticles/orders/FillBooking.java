package in.neotrader.verticles.orders;

import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.orders.OrderStatusChange;
import in.neotrader.sql.orders.OrderStatusUpdate;
import in.neotrader.sql.orders.UserOrderMoves;
import in.neotrader.sql.positions.Position;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies order moves in one transaction: each order's state (compare-and-set on its old state, so two runs can
 * never book the same fill), and for new fills the fill row, the position, the paper cash and the day's P&L.
 * Moves without fills are one statement; moves with fills go with other users' into one transaction
 * ({@link FillTransactions}). Events are added only once the transaction has committed. Every batch is fenced
 * twice: by the run (a cancelled run writes nothing) and by the lease epoch (a node that lost the user's lease
 * writes nothing).
 */
public final class FillBooking {

  static final String EMA9_TARGET = "EMA9_TARGET";
  private static final int PNL_SCALE = 2;

  /** One move of a batch; {@code eventType} null announces it as order.filled or order.updated. */
  public record Booking(Order order, OrderReconciliation.Move move, String eventType) {}

  private final UserSession session;

  public FillBooking(UserSession session) {
    this.session = session;
  }

  /** Whether the move applied; false when the order had moved meanwhile (nothing written). */
  public Future<Boolean> apply(Order order, OrderReconciliation.Move move, PendingEvents events) {
    return apply(order, move, events, null);
  }

  /** As {@link #apply(Order, OrderReconciliation.Move, PendingEvents)}, announcing the move as {@code eventType}. */
  public Future<Boolean> apply(Order order, OrderReconciliation.Move move, PendingEvents events, String eventType) {
    return applyAll(List.of(new Booking(order, move, eventType)), events).map(applied -> applied.get(0));
  }

  /**
   * Applies every move in one transaction, in the order given; whether each applied (false: that order had moved
   * meanwhile, nothing written for it). A failure writes nothing and adds no event.
   */
  public Future<List<Boolean>> applyAll(List<Booking> bookings, PendingEvents events) {
    return bookings.isEmpty() ? Future.succeededFuture(List.of())
        : book(bookings, events, false).map(booked -> applied(bookings, booked.movedIds()));
  }

  /** As {@link #applyAll}; the orders that moved, by id, as stored after their move. */
  public Future<Map<Long, Order>> applyAllMoved(List<Booking> bookings, PendingEvents events) {
    return bookings.isEmpty() ? Future.succeededFuture(Map.of())
        : book(bookings, events, true).map(FillTransactions.Booked::moved);
  }

  /** {@code readBack}: the moved orders are read back as stored (otherwise only their ids). */
  private Future<FillTransactions.Booked> book(List<Booking> bookings, PendingEvents events, boolean readBack) {
    FillTransactions.UserBookings prepared = prepared(bookings);
    UserOrderMoves moves = prepared.moves();
    Instant at = moves.at();
    boolean anyFill = bookings.stream().anyMatch(b -> b.move().filledQuantity() > b.order().filledQuantity());
    // Moves without fills are one statement, atomic on its own: no transaction (and its round trips) needed.
    // The moves carry the lease epoch: a node that lost the lease moves nothing, and (holding the lease row until
    // commit) books no fill, position, cash or P&L either.
    OrderRepository orders = new OrderRepository(session.pool());
    Future<FillTransactions.Booked> written = session.mayWrite().compose(v -> anyFill
        ? FillTransactions.book(session.pool(), prepared)
        : readBack ? orders.updateStatusAllFenced(moves.userId(), moves.leaseEpoch(), moves.updates(), at)
            .map(moved -> FillTransactions.Booked.of(moved, Map.of()))
        : orders.moveAllFenced(moves.userId(), moves.leaseEpoch(), moves.updates(), at)
            .map(ids -> new FillTransactions.Booked(ids, Map.of(), Map.of())));
    return written.onSuccess(booked -> {
      for (int i = 0; i < bookings.size(); i++) {
        if (!booked.movedIds().contains(bookings.get(i).order().id())) {
          continue;
        }
        Booking b = bookings.get(i);
        OrderReconciliation.Move m = b.move();
        Position position = booked.positions().get(i);
        if (position != null) {
          events.add("position.updated", at, announce(position));
        }
        JsonObject row = OrderJson.moved(b.order(), m.state().name(), m.reason(), m.filledQuantity(),
            m.averagePrice(), m.brokerOrderId(), at);
        boolean filled = m.filledQuantity() > b.order().filledQuantity();
        events.add(b.eventType() != null ? b.eventType() : filled ? "order.filled" : "order.updated", at, row);
      }
    });
  }

  /** The moves as compare-and-set updates of this user, stamped now on the user's clock. */
  FillTransactions.UserBookings prepared(List<Booking> bookings) {
    Instant at = session.clock().now();
    List<OrderStatusUpdate> updates = new ArrayList<>(bookings.size());
    for (Booking b : bookings) {
      OrderReconciliation.Move m = b.move();
      updates.add(new OrderStatusUpdate(b.order().id(), b.order().status(), new OrderStatusChange(m.state().name(),
          m.reason(), m.filledQuantity(), m.averagePrice(), m.brokerOrderId(), at)));
    }
    return new FillTransactions.UserBookings(new UserOrderMoves(session.userId(), session.leaseEpoch(), updates, at),
        bookings, session.clock().nowIst().toLocalDate());
  }

  private static List<Boolean> applied(List<Booking> bookings, Set<Long> moved) {
    return bookings.stream().map(b -> moved.contains(b.order().id())).toList();
  }

  /**
   * The price of the quantity filled since the order's last booking. Brokers report one cumulative average over
   * all fills; the new fills' own price follows from its change: (avg' x qty' - avg x qty) / (qty' - qty).
   */
  static BigDecimal newFillPrice(Order order, OrderReconciliation.Move move) {
    int before = order.filledQuantity();
    if (before == 0 || order.averageFillPrice() == null) {
      return move.averagePrice();
    }
    BigDecimal valueNow = move.averagePrice().multiply(BigDecimal.valueOf(move.filledQuantity()));
    BigDecimal valueBefore = order.averageFillPrice().multiply(BigDecimal.valueOf(before));
    return valueNow.subtract(valueBefore)
        .divide(BigDecimal.valueOf(move.filledQuantity() - before), PNL_SCALE, RoundingMode.HALF_UP);
  }

  /** Why a cycle's sell closed it, by who placed the sell. */
  static String exitReason(String task) {
    return ManualSells.TASK.equals(task) ? ManualSells.EXIT_REASON
        : TraderExits.TASK.equals(task) ? TraderExits.EXIT_REASON : EMA9_TARGET;
  }

  private static JsonObject announce(Position p) {
    return new JsonObject().put("symbol", p.symbol()).put("quantity", p.quantity())
        .put("averagePrice", p.averagePrice().doubleValue()).put("realisedPnl", p.realisedPnl().doubleValue())
        .put("openedAt", p.openedAt().toString()).put("closedAt", p.closedAt() == null ? null : p.closedAt().toString());
  }
}
