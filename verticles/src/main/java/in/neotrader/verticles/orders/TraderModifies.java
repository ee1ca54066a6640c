package in.neotrader.verticles.orders;

import in.neotrader.core.broker.OrderModification;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderPrices;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;

/**
 * A trader changes the limit price of an open order from the UI: the broker modifies it (same quantity), the new
 * price is stored, then the book is read and booked (the new price may have filled it). A sell may move either way;
 * a buy only down, so a modification never spends more than the pre-trade check passed when the order was placed.
 */
public final class TraderModifies {
  private static final List<String> MODIFIABLE = List.of("AMO_PENDING", "OPEN");

  private final UserSession session;
  private final OrderRepository orders;

  public TraderModifies(UserSession session) {
    this.session = session;
    this.orders = new OrderRepository(session.pool());
  }

  public Future<Order> modify(long orderId, BigDecimal askedPrice, PendingEvents events) {
    return found(orderId).compose(order -> {
      if (!MODIFIABLE.contains(order.status()) || !"LIMIT".equals(order.orderType()) || order.brokerOrderId() == null) {
        return refused("order_not_modifiable", "order #" + orderId + " is " + order.status() + " " + order.orderType()
            + ": only an open LIMIT order the broker holds can take a new price");
      }
      return session.account().instruments().resolve(order.symbol()).compose(listed -> {
        BigDecimal price = listed.map(i -> i.tick().round(askedPrice)).orElse(askedPrice);
        if (price.signum() <= 0) {
          return refused("invalid_price", "a limit price must be at least one tick");
        }
        if ("BUY".equals(order.side()) && price.compareTo(order.price()) > 0) {
          return refused("buy_price_raised", "a buy's limit can only be lowered (from " + order.price().toPlainString()
              + "): a higher one would spend more than the risk check passed; cancel it and let the service buy again");
        }
        return session.account().broker().modifyOrder(order.brokerOrderId(),
                new OrderModification(price, order.quantity()))
            .recover(failure -> refused("broker_refused", "the broker refused the new price of order #" + orderId
                + ": " + failure.getMessage()))
            .compose(ack -> session.mayWrite())
            .compose(v -> new OrderPrices(session.pool()).setPrice(session.userId(), orderId, price, session.clock().now()))
            .compose(set -> new OrderBookSync(session).sync(events))
            .compose(synced -> found(orderId));
      });
    });
  }

  private Future<Order> found(long orderId) {
    return orders.findById(session.userId(), orderId).compose(found -> found.map(Future::succeededFuture)
        .orElseGet(() -> refused("order_not_found", "no order #" + orderId)));
  }

  private static <T> Future<T> refused(String code, String message) {
    return Future.failedFuture(new TraderOrderRefused(code, message));
  }
}
