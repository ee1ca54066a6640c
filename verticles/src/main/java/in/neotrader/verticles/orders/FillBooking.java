package in.neotrader.verticles.orders;

import in.neotrader.core.paper.PaperCharges;
import in.neotrader.sql.orders.FillRepository;
import in.neotrader.sql.orders.NewFill;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.orders.OrderStatusChange;
import in.neotrader.sql.orders.OrderStatusUpdate;
import in.neotrader.sql.paper.PaperAccountRepository;
import in.neotrader.sql.pnl.DailyPnlLedger;
import in.neotrader.sql.positions.Position;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies order moves in one transaction: each order's state (compare-and-set on its old state, so two runs can
 * never book the same fill), and for new fills the fill row, the position, the paper cash and the day's P&L.
 * A batch costs a handful of statements whatever its size: the moves in one, then the fills in one and the
 * position changes one per fill (pipelined, in the orders' sequence), then the cash and the P&L in one each.
 * Events are added only once the transaction has committed. Every batch is fenced twice: by the run (a cancelled
 * run writes nothing) and by the lease epoch (a node that lost the user's lease writes nothing).
 */
public final class FillBooking {

  static final String EMA9_TARGET = "EMA9_TARGET";
  /** Scales of paper_accounts.available_cash, of the realised P&L columns and of daily_pnl.fees. */
  private static final int CASH_SCALE = 4;
  private static final int PNL_SCALE = 2;
  private static final int FEES_SCALE = 4;

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
    return applyAllMoved(bookings, events).map(moved -> applied(bookings, moved.keySet()));
  }

  /** As {@link #applyAll}; the orders that moved, by id, as stored after their move. */
  public Future<Map<Long, Order>> applyAllMoved(List<Booking> bookings, PendingEvents events) {
    if (bookings.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    Instant at = session.clock().now();
    LocalDate day = session.clock().nowIst().toLocalDate();
    List<OrderStatusUpdate> updates = new ArrayList<>(bookings.size());
    for (Booking b : bookings) {
      OrderReconciliation.Move m = b.move();
      updates.add(new OrderStatusUpdate(b.order().id(), b.order().status(), new OrderStatusChange(m.state().name(),
          m.reason(), m.filledQuantity(), m.averagePrice(), m.brokerOrderId(), at)));
    }
    List<List<JsonObject>> positionEvents = new ArrayList<>();
    bookings.forEach(b -> positionEvents.add(new ArrayList<>(1)));
    boolean anyFill = bookings.stream().anyMatch(b -> b.move().filledQuantity() > b.order().filledQuantity());
    // Moves without fills are one statement, atomic on its own: no transaction (and its round trips) needed.
    // The moves carry the lease epoch: a node that lost the lease moves nothing, and (holding the lease row until
    // commit) books no fill, position, cash or P&L either.
    OrderRepository orders = new OrderRepository(session.pool());
    Future<Map<Long, Order>> written = session.mayWrite().compose(v -> !anyFill
        ? orders.updateStatusAllFenced(session.userId(), session.leaseEpoch(), updates, at)
        : session.pool().withTransaction(conn -> orders.forConnection(conn)
            .updateStatusAllFenced(session.userId(), session.leaseEpoch(), updates, at)
            .compose(moved -> bookFills(conn, bookings, applied(bookings, moved.keySet()), positionEvents, at, day)
                .map(moved))));
    return written.onSuccess(moved -> {
          for (int i = 0; i < bookings.size(); i++) {
            if (!moved.containsKey(bookings.get(i).order().id())) {
              continue;
            }
            Booking b = bookings.get(i);
            OrderReconciliation.Move m = b.move();
            positionEvents.get(i).forEach(p -> events.add("position.updated", at, p));
            JsonObject row = OrderJson.moved(b.order(), m.state().name(), m.reason(), m.filledQuantity(),
                m.averagePrice(), m.brokerOrderId(), at);
            boolean filled = m.filledQuantity() > b.order().filledQuantity();
            events.add(b.eventType() != null ? b.eventType() : filled ? "order.filled" : "order.updated", at, row);
          }
        });
  }

  private static List<Boolean> applied(List<Booking> bookings, Set<Long> moved) {
    return bookings.stream().map(b -> moved.contains(b.order().id())).toList();
  }

  private record NewlyFilled(int index, Order order, int quantity, BigDecimal price, BigDecimal charges,
      boolean buy, boolean paper) {}

  private Future<Void> bookFills(SqlConnection conn, List<Booking> bookings, List<Boolean> applied,
      List<List<JsonObject>> positionEvents, Instant at, LocalDate day) {
    long userId = session.userId();
    List<NewlyFilled> filled = new ArrayList<>();
    for (int i = 0; i < bookings.size(); i++) {
      Booking b = bookings.get(i);
      int quantity = b.move().filledQuantity() - b.order().filledQuantity();
      if (!applied.get(i) || quantity <= 0) {
        continue;
      }
      BigDecimal price = newFillPrice(b.order(), b.move());
      boolean buy = "BUY".equals(b.order().side());
      boolean paper = "paper".equals(b.order().source());
      BigDecimal value = price.multiply(BigDecimal.valueOf(quantity));
      BigDecimal charges = !paper ? BigDecimal.ZERO : buy ? PaperCharges.buy(value) : PaperCharges.sell(value);
      filled.add(new NewlyFilled(i, b.order(), quantity, price, charges, buy, paper));
    }
    if (filled.isEmpty()) {
      return Future.succeededFuture();
    }
    // Sent without waiting: the connection pipelines them and PostgreSQL runs them in this order.
    Future<?> fills = new FillRepository(conn).insertAll(userId, filled.stream()
        .map(f -> new NewFill(f.order().id(), f.quantity(), f.price(), f.charges(), at, null, null)).toList());
    PositionRepository positions = new PositionRepository(conn);
    List<Future<BigDecimal>> realised = new ArrayList<>(filled.size());
    for (NewlyFilled f : filled) {
      List<JsonObject> announced = positionEvents.get(f.index());
      realised.add(f.buy()
          ? positions.openOrIncrease(userId, f.order().symbol(), f.order().exchange(), f.quantity(), f.price(),
              f.charges(), at).map(p -> announce(announced, p)).map(BigDecimal.ZERO)
          // A sell leaves the average price as it was: the row after it gives the P&L of this fill.
          : positions.reduce(userId, f.order().symbol(), f.quantity(), f.price(), f.charges(),
              exitReason(f.order().task()), at)
              .map(after -> {
                after.ifPresent(p -> announce(announced, p));
                return realisedPnl(after, f.price(), f.quantity());
              }));
    }
    return Future.all(fills, Future.all(realised)).compose(v -> {
      // One update each for the cash and the day's P&L: the sum of the fills' deltas, each rounded to the
      // column's scale first, is what adding them one by one would store.
      BigDecimal cash = BigDecimal.ZERO;
      BigDecimal paperRealised = BigDecimal.ZERO;
      boolean anyPaper = false;
      BigDecimal dayRealised = BigDecimal.ZERO;
      BigDecimal dayFees = BigDecimal.ZERO;
      for (int k = 0; k < filled.size(); k++) {
        NewlyFilled f = filled.get(k);
        BigDecimal value = f.price().multiply(BigDecimal.valueOf(f.quantity()));
        BigDecimal realisedPnl = realised.get(k).result();
        if (f.paper()) {
          anyPaper = true;
          BigDecimal cashDelta = f.buy() ? value.add(f.charges()).negate() : value.subtract(f.charges());
          cash = cash.add(cashDelta.setScale(CASH_SCALE, RoundingMode.HALF_UP));
          paperRealised = paperRealised.add(realisedPnl.setScale(PNL_SCALE, RoundingMode.HALF_UP));
        }
        dayRealised = dayRealised.add(realisedPnl.setScale(PNL_SCALE, RoundingMode.HALF_UP));
        dayFees = dayFees.add(f.charges().setScale(FEES_SCALE, RoundingMode.HALF_UP));
      }
      Future<?> paper = anyPaper ? new PaperAccountRepository(conn).book(userId, cash, paperRealised, at)
          : Future.succeededFuture();
      return Future.all(paper, new DailyPnlLedger(conn).add(userId, day, dayRealised, dayFees, at)).mapEmpty();
    });
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

  private static BigDecimal realisedPnl(Optional<Position> position, BigDecimal price, int quantity) {
    return position.map(p -> price.subtract(p.averagePrice()).multiply(BigDecimal.valueOf(quantity))
        .setScale(2, RoundingMode.HALF_UP)).orElse(BigDecimal.ZERO);
  }

  private static Position announce(List<JsonObject> events, Position p) {
    events.add(new JsonObject().put("symbol", p.symbol()).put("quantity", p.quantity())
        .put("averagePrice", p.averagePrice().doubleValue()).put("realisedPnl", p.realisedPnl().doubleValue())
        .put("openedAt", p.openedAt().toString()).put("closedAt", p.closedAt() == null ? null : p.closedAt().toString()));
    return p;
  }
}
