package in.neotrader.verticles.orders;

import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kill switch set with "cancel open orders": every order the broker holds for the user is cancelled, then the
 * book is read so the cancellations (and any fill that came first) are booked. A cancel the broker refuses is
 * logged and the rest go on: the order stays open and visible, never forgotten.
 */
public final class OpenOrderCancels {
  private static final Logger LOG = LoggerFactory.getLogger(OpenOrderCancels.class);

  private final UserSession session;

  public OpenOrderCancels(UserSession session) {
    this.session = session;
  }

  /** How many cancellations the broker accepted. */
  public Future<Integer> cancelAll(PendingEvents events) {
    return new OrderRepository(session.pool()).listNonTerminal(session.userId()).compose(open -> {
      List<Order> atBroker = open.stream().filter(o -> o.brokerOrderId() != null).toList();
      int[] accepted = {0};
      Future<?> chain = Future.succeededFuture();
      for (Order order : atBroker) {
        chain = chain.compose(v -> session.account().broker().cancelOrder(order.brokerOrderId())
            .onSuccess(done -> accepted[0]++)
            .otherwise(refused -> {
              LOG.warn("User {}: cancelling {} ({}) for the kill switch failed: {}", session.userId(),
                  order.clientOrderId(), order.brokerOrderId(), refused.getMessage());
              return null;
            }));
      }
      return chain.compose(v -> new OrderBookSync(session).sync(events)).map(synced -> accepted[0]);
    });
  }
}
