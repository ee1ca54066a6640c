package in.neotrader.verticles.orders;

import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.BrokerTrade;
import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.orders.OrderState;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Brings the user's non-terminal orders in line with the broker's order book: one book request, then each
 * order moves forward through the state machine (fills booked on the way). Used on recovery after a restart
 * and by every task that needs fresh order states.
 */
public final class OrderBookSync {

  /**
   * How many orders moved, the moves the state machine refused (to log), the book it read (none when no
   * order was open), for checks that need the same look at the book, and the user's non-terminal orders as this
   * sync left them (as stored after its moves), so the task that synced need not read them again; empty when an
   * order moved under the sync (its move did not apply): read them then.
   */
  public record Result(int moved, List<String> refused, Optional<List<BrokerOrder>> book, Optional<List<Order>> open) {}

  private final UserSession session;
  private final FillBooking booking;

  public OrderBookSync(UserSession session) {
    this.session = session;
    this.booking = new FillBooking(session);
  }

  /** During the day: an acknowledged order the book leaves out keeps its state (a fill may still follow). */
  public Future<Result> sync(PendingEvents events) {
    return sync(events, order -> false);
  }

  /**
   * End of day: as {@link #sync}, and an order placed before today's close that the book no longer shows is
   * closed (TRADING_RULES §2.7), with the fills the trade book shows for it booked first. An after-market order placed later belongs to the next session and waits.
   */
  public Future<Result> closeDay(PendingEvents events) {
    Instant close = session.clock().nowIst().toLocalDate().atTime(NseCalendar.SESSION_CLOSE)
        .atZone(TradingClock.IST).toInstant();
    return sync(events, order -> order.placedAt().isBefore(close));
  }

  private Future<Result> sync(PendingEvents events, Predicate<Order> sessionOver) {
    return session.account().catchUp(session.clock().now())
        .compose(v -> new OrderRepository(session.pool()).listNonTerminal(session.userId()))
        .compose(open -> open.isEmpty()
            ? Future.succeededFuture(new Result(0, List.of(), Optional.empty(), Optional.of(List.of())))
            : session.account().broker().orderBook().compose(book -> {
              // Closing an order the book no longer shows: its fills may still be in the trade book.
              boolean closing = open.stream().anyMatch(o -> sessionOver.test(o) && find(book, o).isEmpty());
              return (closing ? session.account().broker().trades() : Future.succeededFuture(List.<BrokerTrade>of()))
                  .compose(trades -> applyAll(open, book, trades, sessionOver, events));
            }));
  }

  private Future<Result> applyAll(List<Order> open, List<BrokerOrder> book, List<BrokerTrade> trades,
      Predicate<Order> sessionOver, PendingEvents events) {
    List<String> refused = new ArrayList<>();
    List<FillBooking.Booking> moves = new ArrayList<>();
    for (Order order : open) {
      boolean over = sessionOver.test(order);
      Optional<BrokerOrder> inBook = find(book, order);
      if (inBook.isEmpty() && over) {
        inBook = OrderReconciliation.fromTrades(order, trades);
      }
      OrderReconciliation.Decision decision = OrderReconciliation.decide(order, inBook, over);
      if (decision instanceof OrderReconciliation.Move move) {
        moves.add(new FillBooking.Booking(order, move, null));
      } else if (decision instanceof OrderReconciliation.Refused r) {
        refused.add(order.clientOrderId() + ": " + r.reason());
      }
    }
    // All moves of one look at the book commit together: a failure books none of them, and the next sync retries.
    return booking.applyAllMoved(moves, events)
        .map(moved -> new Result(moved.size(), List.copyOf(refused), Optional.of(book),
            openAfter(open, moves, moved)));
  }

  /** The open orders with this sync's moves applied, those now terminal left out; empty if a move did not apply. */
  private static Optional<List<Order>> openAfter(List<Order> open, List<FillBooking.Booking> moves,
      Map<Long, Order> moved) {
    if (moved.size() < moves.size()) {
      return Optional.empty();
    }
    List<Order> after = new ArrayList<>(open.size());
    for (Order order : open) {
      Order now = moved.getOrDefault(order.id(), order);
      if (!OrderState.valueOf(now.status()).isTerminal()) {
        after.add(now);
      }
    }
    return Optional.of(List.copyOf(after));
  }

  static Optional<BrokerOrder> find(List<BrokerOrder> book, Order order) {
    return book.stream().filter(b -> b.brokerOrderId().equals(order.brokerOrderId())
        || b.clientOrderId().map(order.clientOrderId()::equals).orElse(false)).findFirst();
  }
}
