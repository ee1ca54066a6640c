package in.neotrader.verticles.orders;

import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.orders.OrderEvent;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.tasks.TaskSchedule;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * At a service's start, before the order book sync: the intents an earlier incarnation wrote (NEW) and never saw
 * answered, because it was killed or stopped between writing and sending. Those the broker's order book shows are
 * left to the sync. The others are sent now when their task's window is still open, so the positions they were
 * for are not left without their orders for the day; past the window they are closed FAILED with why. (Closing
 * them all, as before, left the task's re-run finding its client order ids taken and sending nothing.)
 */
public final class UnsentIntents {
  static final String WINDOW_CLOSED = "not sent: the service restarted after its task's window had closed";

  private final UserSession session;
  private final TaskSchedule schedule;

  public UnsentIntents(UserSession session, TaskSchedule schedule) {
    this.session = session;
    this.schedule = schedule;
  }

  /** How many intents were sent again. */
  public Future<Integer> settle(PendingEvents events) {
    return new OrderRepository(session.pool()).listNonTerminal(session.userId())
        .map(open -> open.stream().filter(o -> OrderState.NEW.name().equals(o.status())).toList())
        .compose(unanswered -> unanswered.isEmpty() ? Future.succeededFuture(0)
            : session.account().broker().orderBook().compose(book -> settle(unanswered, book, events)));
  }

  private Future<Integer> settle(List<Order> unanswered, List<BrokerOrder> book, PendingEvents events) {
    List<Order> missing = unanswered.stream().filter(o -> OrderBookSync.find(book, o).isEmpty()).toList();
    ZonedDateTime now = session.clock().nowIst();
    List<Order> inWindow = missing.stream().filter(o -> windowOpen(o, now)).toList();
    List<FillBooking.Booking> closed = missing.stream().filter(o -> !windowOpen(o, now))
        .map(o -> new FillBooking.Booking(o, new OrderReconciliation.Move(OrderState.NEW.apply(OrderEvent.SUBMIT_FAILED),
            0, null, null, WINDOW_CLOSED), null)).toList();
    return new FillBooking(session).applyAll(closed, events)
        .compose(v -> inWindow.isEmpty() ? Future.succeededFuture(List.<OrderPlacer.Outcome>of())
            : new OrderPlacer(session).resend(inWindow, events))
        .map(List::size);
  }

  private boolean windowOpen(Order order, ZonedDateTime now) {
    return order.tradingDay().equals(now.toLocalDate()) && TradingTask.byStableName(order.task())
        .map(task -> schedule.rule(task).slotAt(now.toLocalTime()).isPresent()).orElse(false);
  }
}
