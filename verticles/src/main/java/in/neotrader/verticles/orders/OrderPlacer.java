package in.neotrader.verticles.orders;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.Exchange;
import in.neotrader.core.orders.OrderEvent;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Product;
import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.core.orders.Validity;
import in.neotrader.core.orders.Variety;
import in.neotrader.core.risk.PreTradeCheck;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.orders.NewOrder;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.risk.ExposureRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.TradingHalted;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Places orders safely: every intent of a batch is first written under its unique client order id (fenced by
 * the lease epoch, one statement, committed), then each new one is sent once, in order. A duplicate intent is
 * never sent; a failed send is never resent blindly: after a timeout or an unclear error the broker's order book
 * decides what happened. The moves the answers imply are then booked together in one transaction. A kill switch
 * refuses a batch before it is written, and stops one being sent before its next order ({@link TradingHalted}); an
 * order the pre-trade check refuses ({@link RiskChecks}) is written and closed REJECTED with the limit, never sent.
 */
public final class OrderPlacer {

  /** What became of an intent. */
  public enum Outcome { PLACED, ALREADY_PLACED, REJECTED, FAILED, UNKNOWN }

  /** One order a task (or the trader, {@link TraderExits#TASK}) wants placed; {@code task} is the stored name. */
  public record Intent(OrderRequest request, String task, JsonObject metadata) {
    public Intent(OrderRequest request, TradingTask task, JsonObject metadata) {
      this(request, task.stableName(), metadata);
    }
  }

  private final UserSession session;
  private final OrderRepository orders;
  private final FillBooking booking;

  public OrderPlacer(UserSession session) {
    this.session = session;
    this.orders = new OrderRepository(session.pool());
    this.booking = new FillBooking(session);
  }

  public Future<Outcome> place(OrderRequest request, TradingTask task, JsonObject metadata, PendingEvents events) {
    return placeAll(List.of(new Intent(request, task, metadata)), events).map(outcomes -> outcomes.get(0));
  }

  /**
   * Places {@code intents} in order; the outcomes follow that order. When the broker's answer to one send stays
   * unknown (its order book cannot tell either), the intents after it are not sent (they are recorded FAILED,
   * as the broker never saw them), what was learnt is booked, and the batch fails with the send's error.
   */
  public Future<List<Outcome>> placeAll(List<Intent> intents, PendingEvents events) {
    if (intents.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    Instant now = session.clock().now();
    List<NewOrder> rows = intents.stream().map(i -> intent(i, now)).toList();
    // A kill switch refuses the batch before any intent is written: nothing to send, nothing to close later.
    return session.halts().refresh()
        .compose(halted -> halted.isPresent() ? Future.failedFuture(new TradingHalted(halted.get()))
            : session.mayWrite())
        .compose(v -> new ExposureRepository(session.pool()).load(session.userId(), rows.get(0).tradingDay()))
        .compose(exposure -> orders.insertAllFenced(session.userId(), session.leaseEpoch(), rows)
            .compose(written -> sendAll(intents, written, RiskChecks.verdicts(session.config(), exposure, intents,
                written), events)));
  }

  /**
   * Sends again the intents an earlier incarnation wrote but saw no answer for (a crash, a stop mid-run), which
   * the caller found missing from the order book: each under its own client order id, which the broker refuses a
   * second time (KOTAK_NEO §8), so none is placed twice. A kill switch closes them unsent instead.
   */
  public Future<List<Outcome>> resend(List<Order> unsent, PendingEvents events) {
    List<Intent> intents = unsent.stream().map(o -> new Intent(request(o), o.task(), o.metadata())).toList();
    List<Optional<Order>> written = unsent.stream().map(Optional::of).toList();
    List<Optional<PreTradeCheck.Refusal>> checked = unsent.stream().map(o -> Optional.<PreTradeCheck.Refusal>empty())
        .toList();
    return session.halts().refresh().compose(halted -> session.mayWrite().map(v -> halted))
        .compose(halted -> halted.isEmpty() ? sendAll(intents, written, checked, events)
            : booking.applyAll(unsent.stream().map(o -> notSent(o, "not sent: " + halted.get()).booking()).toList(),
                events).map(applied -> unsent.stream().map(o -> Outcome.FAILED).toList()));
  }

  private static OrderRequest request(Order o) {
    return new OrderRequest(new ClientOrderId(o.clientOrderId()), o.tradingSymbol(), Exchange.valueOf(o.exchange()),
        OrderSide.valueOf(o.side()), OrderType.valueOf(o.orderType()), Product.valueOf(o.product()),
        Variety.valueOf(o.variety()), Validity.valueOf(o.validity()), o.quantity(), o.price());
  }

  private NewOrder intent(Intent i, Instant now) {
    OrderRequest request = i.request();
    return new NewOrder(request.clientOrderId().value(), null, TradingSymbol.base(request.symbol()),
        request.symbol(), request.exchange().name(), request.side().name(), request.quantity(), request.price(), null,
        request.type().name(), request.product().name(), request.variety().name(), request.validity().name(),
        OrderState.NEW.name(), null, i.task(), session.clock().nowIst().toLocalDate(),
        now, session.account().source(), namingItsRun(session, i.metadata()));
  }

  /**
   * An order's metadata naming the run that writes it (task, trading day, slot), so each order can be traced to
   * its run row; unchanged outside a run (a manual sell).
   */
  public static JsonObject namingItsRun(UserSession session, JsonObject metadata) {
    return session.fence().run().map(key -> metadata.copy().put("run", new JsonObject()
        .put("task", key.task().stableName()).put("tradingDay", key.tradingDay().toString())
        .put("slot", key.slot().toString()))).orElse(metadata);
  }

  /** What one send taught: the move to book (if any) and the outcome once booked. */
  record Sent(Outcome outcome, FillBooking.Booking booking, Throwable unknown) {}

  private Future<List<Outcome>> sendAll(List<Intent> intents, List<Optional<Order>> written,
      List<Optional<PreTradeCheck.Refusal>> refusals, PendingEvents events) {
    Sent[] sent = new Sent[intents.size()];
    Throwable[] stoppedBy = {null};
    Future<?> chain = Future.succeededFuture();
    for (int i = 0; i < intents.size(); i++) {
      int k = i;
      Optional<Order> order = written.get(k);
      if (order.isEmpty()) {
        sent[k] = new Sent(Outcome.ALREADY_PLACED, null, null);
        continue;
      }
      chain = chain.compose(v -> {
        Optional<String> halted = session.halts().reason();
        if (halted.isPresent()) {
          // Set while this batch was being sent: the orders after it stay unsent, closed with the switch's reason.
          sent[k] = notSent(order.get(), "not sent: " + halted.get());
          stoppedBy[0] = stoppedBy[0] == null ? new TradingHalted(halted.get()) : stoppedBy[0];
          return Future.succeededFuture();
        }
        if (stoppedBy[0] != null) {
          sent[k] = notSent(order.get(), "not sent: an earlier order of this run has no known outcome");
          return Future.succeededFuture();
        }
        if (refusals.get(k).isPresent()) {
          sent[k] = moveTo(order.get(), OrderState.NEW.apply(OrderEvent.REJECTED), refusals.get(k).get().describe(),
              Outcome.REJECTED);
          return Future.succeededFuture();
        }
        return send(order.get(), intents.get(k).request()).map(s -> {
          sent[k] = s;
          if (s.unknown() != null) {
            stoppedBy[0] = s.unknown();
          }
          return null;
        });
      });
    }
    return chain.compose(v -> {
      List<FillBooking.Booking> moves = Arrays.stream(sent).filter(s -> s.booking() != null)
          .map(Sent::booking).toList();
      return booking.applyAll(moves, events);
    }).compose(applied -> stoppedBy[0] != null ? Future.failedFuture(stoppedBy[0])
        : Future.succeededFuture(Arrays.stream(sent).map(Sent::outcome).toList()));
  }

  static Sent notSent(Order order, String reason) {
    return new Sent(Outcome.FAILED, new FillBooking.Booking(order, new OrderReconciliation.Move(
        OrderState.NEW.apply(OrderEvent.SUBMIT_FAILED), 0, null, null, reason), null), null);
  }

  private Future<Sent> send(Order order, OrderRequest request) {
    return session.account().broker().placeOrder(request)
        .transform(ar -> ar.succeeded() ? Future.succeededFuture(acknowledged(order, request, ar.result()))
            : sendFailed(order, ar.cause()));
  }

  private static Sent acknowledged(Order order, OrderRequest request, BrokerOrderAck ack) {
    OrderEvent event = request.variety() == Variety.AMO ? OrderEvent.AMO_ACCEPTED : OrderEvent.ACCEPTED;
    OrderReconciliation.Move move = new OrderReconciliation.Move(OrderState.NEW.apply(event), 0, null,
        ack.brokerOrderId(), null);
    return new Sent(Outcome.PLACED, new FillBooking.Booking(order, move, "order.placed"), null);
  }

  private Future<Sent> sendFailed(Order order, Throwable cause) {
    if (cause instanceof BrokerException b && b.code() == BrokerException.Code.REJECTED) {
      return Future.succeededFuture(moveTo(order, OrderState.REJECTED, b.getMessage(), Outcome.REJECTED));
    }
    if (cause instanceof BrokerException b && b.code() == BrokerException.Code.INVALID_REQUEST) {
      return Future.succeededFuture(moveTo(order, OrderState.FAILED, b.getMessage(), Outcome.FAILED));
    }
    // A timeout or an outage: the order may exist. Ask the book once; if that fails too, the order stays
    // NEW and the next sync (or recovery) decides. Never send it again from here.
    Sent unknown = new Sent(Outcome.UNKNOWN, null, cause);
    return session.account().broker().orderBook()
        .map(book -> {
          var inBook = OrderBookSync.find(book, order);
          OrderReconciliation.Decision d = OrderReconciliation.decide(order, inBook, false);
          // After a timeout an order missing from the book may still be on its way (or the broker may not
          // echo our tag): it stays NEW for the next sync rather than being called never sent.
          boolean mayStillArrive = inBook.isEmpty() && isTimeout(cause);
          if (d instanceof OrderReconciliation.Move move && !mayStillArrive) {
            return new Sent(inBook.isPresent() ? Outcome.PLACED : Outcome.FAILED,
                new FillBooking.Booking(order, move, null), null);
          }
          return unknown;
        })
        .otherwise(unknown);
  }

  private static boolean isTimeout(Throwable cause) {
    return cause instanceof BrokerException b && b.code() == BrokerException.Code.TIMEOUT;
  }

  private static Sent moveTo(Order order, OrderState state, String reason, Outcome outcome) {
    return new Sent(outcome, new FillBooking.Booking(order, new OrderReconciliation.Move(state, 0, null, null, reason),
        null), null);
  }

  /** The stored intent of a client order id, to tell what an earlier run did. */
  public Future<Optional<Order>> find(String clientOrderId) {
    return orders.findByClientOrderId(session.userId(), clientOrderId);
  }
}
