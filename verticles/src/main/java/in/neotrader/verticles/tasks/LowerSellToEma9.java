package in.neotrader.verticles.tasks;

import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.strategy.SellTarget;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderPrices;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.verticles.orders.OrderBookSync;
import in.neotrader.verticles.orders.OrderJson;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * sell_monitor (every minute of the session): books fills from the order book, then lowers each open EMA9
 * sell to today's target when that is lower. The price only ever moves down; a refused modify is logged and
 * the order keeps its price (no cancel-and-replace, so a sell can never be doubled).
 */
public final class LowerSellToEma9 implements TaskRunner {

  @Override
  public Future<Void> run(TaskRun run) {
    UserSession s = run.session();
    return new OrderBookSync(s).sync(run.events())
        .compose(synced -> {
          run.details().put("ordersMoved", synced.moved());
          synced.refused().forEach(r -> run.log(LogLevel.ERROR, "order book move refused: " + r, null));
          return new OrderRepository(s.pool()).listNonTerminal(s.userId());
        })
        .compose(open -> lowerAll(run, open.stream()
            .filter(o -> "SELL".equals(o.side()) && "OPEN".equals(o.status()) && o.price() != null).toList()));
  }

  private Future<Void> lowerAll(TaskRun run, List<Order> sells) {
    int[] lowered = {0};
    Future<?> chain = Future.succeededFuture();
    for (Order order : sells) {
      chain = chain.compose(v -> lower(run, order).map(done -> lowered[0] += done ? 1 : 0));
    }
    return chain.map(v -> {
      run.details().put("openSells", sells.size()).put("lowered", lowered[0]);
      return null;
    });
  }

  private Future<Boolean> lower(TaskRun run, Order order) {
    UserSession s = run.session();
    return new PositionRepository(s.pool()).findOpenBySymbol(s.userId(), order.symbol())
        .compose(position -> position.isEmpty() ? Future.succeededFuture(false)
            : Ema9Target.of(s, run.day(), order.symbol(), position.get().averagePrice()).compose(decision -> {
              if (!(decision instanceof SellTarget.Decision.Place target)
                  || target.price().compareTo(order.price()) >= 0) {
                return Future.succeededFuture(false);
              }
              return s.account().broker()
                  .modifyOrder(order.brokerOrderId(), new OrderModification(target.price(), order.quantity()))
                  .compose(ack -> new OrderPrices(s.pool()).setPrice(s.userId(), order.id(), target.price(), run.now()))
                  .map(applied -> {
                    run.events().add("order.updated", run.now(), OrderJson.of(order)
                        .put("price", target.price().doubleValue()).put("updatedAt", run.now().toString()));
                    return applied;
                  })
                  .recover(err -> {
                    run.log(LogLevel.WARN, "could not lower the sell of " + order.symbol() + ": " + err.getMessage(),
                        new JsonObject().put("clientOrderId", order.clientOrderId()));
                    return Future.succeededFuture(false);
                  });
            }));
  }
}
