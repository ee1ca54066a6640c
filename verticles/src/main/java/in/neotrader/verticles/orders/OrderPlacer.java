package in.neotrader.verticles.orders;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.orders.OrderEvent;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.core.orders.Variety;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.errors.DuplicateClientOrderId;
import in.neotrader.sql.orders.NewOrder;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * Places one order safely: the intent is written first under its unique client order id (fenced by the lease
 * epoch), then sent once. A duplicate intent is never sent; a failed send is never resent blindly: after a
 * timeout or an unclear error the broker's order book decides what happened.
 */
public final class OrderPlacer {

  /** What became of an intent. */
  public enum Outcome { PLACED, ALREADY_PLACED, REJECTED, FAILED, UNKNOWN }

  private final UserSession session;
  private final OrderRepository orders;
  private final FillBooking booking;

  public OrderPlacer(UserSession session) {
    this.session = session;
    this.orders = new OrderRepository(session.pool());
    this.booking = new FillBooking(session);
  }

  public Future<Outcome> place(OrderRequest request, TradingTask task, JsonObject metadata, PendingEvents events) {
    Instant now = session.clock().now();
    NewOrder intent = new NewOrder(request.clientOrderId().value(), null, TradingSymbol.base(request.symbol()),
        request.symbol(), request.exchange().name(), request.side().name(), request.quantity(), request.price(), null,
        request.type().name(), request.product().name(), request.variety().name(), request.validity().name(),
        OrderState.NEW.name(), null, task.stableName(), session.clock().nowIst().toLocalDate(),
        now, session.account().source(), metadata);
    return orders.insertFenced(session.userId(), session.leaseEpoch(), intent)
        .compose(order -> send(order, request, events))
        .recover(err -> err instanceof DuplicateClientOrderId
            ? Future.succeededFuture(Outcome.ALREADY_PLACED) : Future.failedFuture(err));
  }

  private Future<Outcome> send(Order order, OrderRequest request, PendingEvents events) {
    return session.account().broker().placeOrder(request)
        .transform(ar -> ar.succeeded() ? acknowledged(order, request, ar.result(), events)
            : sendFailed(order, ar.cause(), events));
  }

  private Future<Outcome> acknowledged(Order order, OrderRequest request, BrokerOrderAck ack, PendingEvents events) {
    OrderEvent event = request.variety() == Variety.AMO ? OrderEvent.AMO_ACCEPTED : OrderEvent.ACCEPTED;
    OrderReconciliation.Move move = new OrderReconciliation.Move(OrderState.NEW.apply(event), 0, null,
        ack.brokerOrderId(), null);
    return booking.apply(order, move, events, "order.placed").map(Outcome.PLACED);
  }

  private Future<Outcome> sendFailed(Order order, Throwable cause, PendingEvents events) {
    if (cause instanceof BrokerException b && b.code() == BrokerException.Code.REJECTED) {
      return moveTo(order, OrderState.REJECTED, b.getMessage(), events).map(Outcome.REJECTED);
    }
    if (cause instanceof BrokerException b && b.code() == BrokerException.Code.INVALID_REQUEST) {
      return moveTo(order, OrderState.FAILED, b.getMessage(), events).map(Outcome.FAILED);
    }
    // A timeout or an outage: the order may exist. Ask the book once; if that fails too, the order stays
    // PENDING_SUBMIT and the next sync (or recovery) decides. Never send it again from here.
    return session.account().broker().orderBook()
        .compose(book -> {
          var inBook = OrderBookSync.find(book, order);
          OrderReconciliation.Decision d = OrderReconciliation.decide(order, inBook);
          if (d instanceof OrderReconciliation.Move move) {
            return booking.apply(order, move, events)
                .map(v -> inBook.isPresent() ? Outcome.PLACED : Outcome.FAILED);
          }
          return Future.succeededFuture(Outcome.UNKNOWN);
        })
        .recover(bookFailed -> Future.succeededFuture(Outcome.UNKNOWN))
        .compose(outcome -> outcome == Outcome.UNKNOWN ? Future.failedFuture(cause) : Future.succeededFuture(outcome));
  }

  private Future<Boolean> moveTo(Order order, OrderState state, String reason, PendingEvents events) {
    return booking.apply(order, new OrderReconciliation.Move(state, 0, null, null, reason), events);
  }

  /** The stored intent of a client order id, to tell what an earlier run did. */
  public Future<Optional<Order>> find(String clientOrderId) {
    return orders.findByClientOrderId(session.userId(), clientOrderId);
  }
}
