package in.neotrader.verticles.orders;

import in.neotrader.core.orders.OrderState;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;

/**
 * A trader cancels one open order from the UI: the broker is asked to cancel it, then its book is read and every
 * move booked as the engine books them (a fill that came first is booked as a fill, and the order stays FILLED).
 * A second cancel of a cancelled order answers with it again, so a double submit is harmless.
 */
public final class TraderCancels {
  private final UserSession session;
  private final OrderRepository orders;

  public TraderCancels(UserSession session) {
    this.session = session;
    this.orders = new OrderRepository(session.pool());
  }

  /** The order as booked after the cancel; fails with {@link TraderOrderRefused} when it cannot be cancelled. */
  public Future<Order> cancel(long orderId, PendingEvents events) {
    return found(orderId).compose(order -> {
      if (OrderState.CANCELLED.name().equals(order.status())) {
        return Future.succeededFuture(order);
      }
      if (OrderState.valueOf(order.status()).isTerminal()) {
        return Future.failedFuture(new TraderOrderRefused("order_not_open",
            "order #" + orderId + " is already " + order.status() + " and cannot be cancelled"));
      }
      if (order.brokerOrderId() == null) {
        return Future.failedFuture(new TraderOrderRefused("not_at_broker",
            "order #" + orderId + " has not been acknowledged by the broker yet; try again in a moment"));
      }
      return session.account().broker().cancelOrder(order.brokerOrderId())
          .transform(cancelled -> new OrderBookSync(session).sync(events).compose(synced -> found(orderId))
              .compose(after -> cancelled.succeeded() || OrderState.CANCELLED.name().equals(after.status())
                  ? Future.succeededFuture(after)
                  : Future.failedFuture(new TraderOrderRefused("broker_refused", "the broker refused to cancel order #"
                      + orderId + " (now " + after.status() + "): " + cancelled.cause().getMessage()))));
    });
  }

  private Future<Order> found(long orderId) {
    return orders.findById(session.userId(), orderId).compose(found -> found.map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(new TraderOrderRefused("order_not_found", "no order #" + orderId))));
  }
}
