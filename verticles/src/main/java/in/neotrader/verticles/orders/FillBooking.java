package in.neotrader.verticles.orders;

import in.neotrader.core.paper.PaperCharges;
import in.neotrader.sql.orders.FillRepository;
import in.neotrader.sql.orders.NewFill;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.orders.OrderStatusChange;
import in.neotrader.sql.paper.PaperAccountRepository;
import in.neotrader.sql.pnl.DailyPnlLedger;
import in.neotrader.sql.positions.Position;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies one order move in one transaction: the order's state (compare-and-set on its old state, so two
 * runs can never book the same fill), and for new fills the fill row, the position, the paper cash and the
 * day's P&L.
 */
public final class FillBooking {

  static final String EMA9_TARGET = "EMA9_TARGET";

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
    Instant at = session.clock().now();
    String status = move.state().name();
    int newlyFilled = move.filledQuantity() - order.filledQuantity();
    OrderStatusChange change = new OrderStatusChange(status, move.reason(), move.filledQuantity(),
        move.averagePrice(), move.brokerOrderId(), at);
    return session.pool().withTransaction(conn -> new OrderRepository(conn)
        .updateStatus(session.userId(), order.id(), order.status(), change)
        .compose(applied -> !applied || newlyFilled <= 0 ? Future.succeededFuture(applied)
            : bookFill(conn, order, newlyFilled, move.averagePrice(), at, events).map(true)))
        .onSuccess(applied -> {
          if (applied) {
            JsonObject row = OrderJson.moved(order, status, move.reason(), move.filledQuantity(),
                move.averagePrice(), move.brokerOrderId(), at);
            events.add(eventType != null ? eventType : newlyFilled > 0 ? "order.filled" : "order.updated", at, row);
          }
        });
  }

  private Future<Void> bookFill(io.vertx.sqlclient.SqlConnection conn, Order order, int quantity, BigDecimal price,
      Instant at, PendingEvents events) {
    long userId = session.userId();
    boolean buy = "BUY".equals(order.side());
    BigDecimal value = price.multiply(BigDecimal.valueOf(quantity));
    boolean paper = "paper".equals(order.source());
    BigDecimal charges = !paper ? BigDecimal.ZERO : buy ? PaperCharges.buy(value) : PaperCharges.sell(value);
    PositionRepository positions = new PositionRepository(conn);
    Future<BigDecimal> realised = buy
        ? positions.openOrIncrease(userId, order.symbol(), order.exchange(), quantity, price, charges, at)
            .map(p -> positionUpdated(events, p, at)).map(BigDecimal.ZERO)
        : positions.findOpenBySymbol(userId, order.symbol()).compose(before -> positions
            .reduce(userId, order.symbol(), quantity, price, charges, EMA9_TARGET, at)
            .map(after -> {
              after.ifPresent(p -> positionUpdated(events, p, at));
              return realisedPnl(before, price, quantity);
            }));
    BigDecimal cashDelta = buy ? value.add(charges).negate() : value.subtract(charges);
    return new FillRepository(conn).insert(userId, new NewFill(order.id(), quantity, price, charges, at, null, null))
        .compose(fill -> realised)
        .compose(pnl -> (paper ? new PaperAccountRepository(conn).book(userId, cashDelta, pnl, at).mapEmpty()
            : Future.succeededFuture())
            .compose(v -> new DailyPnlLedger(conn)
                .add(userId, session.clock().nowIst().toLocalDate(), pnl, charges, at)))
        .mapEmpty();
  }

  private static BigDecimal realisedPnl(Optional<Position> before, BigDecimal price, int quantity) {
    return before.map(p -> price.subtract(p.averagePrice()).multiply(BigDecimal.valueOf(quantity))
        .setScale(2, RoundingMode.HALF_UP)).orElse(BigDecimal.ZERO);
  }

  private static Position positionUpdated(PendingEvents events, Position p, Instant at) {
    events.add("position.updated", at, new JsonObject().put("symbol", p.symbol()).put("quantity", p.quantity())
        .put("averagePrice", p.averagePrice().doubleValue()).put("realisedPnl", p.realisedPnl().doubleValue())
        .put("openedAt", p.openedAt().toString()).put("closedAt", p.closedAt() == null ? null : p.closedAt().toString()));
    return p;
  }
}
