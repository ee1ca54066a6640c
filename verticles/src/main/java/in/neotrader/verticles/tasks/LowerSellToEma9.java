package in.neotrader.verticles.tasks;

import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.instruments.Instrument;
import in.neotrader.core.sizing.TickSize;
import in.neotrader.core.strategy.SellTarget;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderPrices;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.verticles.orders.ManualSells;
import in.neotrader.verticles.orders.OrderBookSync;
import in.neotrader.verticles.orders.OrderJson;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import in.neotrader.sql.positions.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * sell_monitor (every minute of the session): books fills from the order book, adopts the trader's own sells
 * ({@link ManualSells}), then lowers each open EMA9 sell to today's target when that is lower. The price only ever moves down; a refused modify is logged and
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
          return new ManualSells(s).adopt(synced.book(), run.events()).compose(adopted -> {
            run.details().put("manualSells", adopted);
            // An adopted manual sell is a new order: only then, or when one moved under the sync, read them again.
            return adopted == 0 && synced.open().isPresent() ? Future.succeededFuture(synced.open().get())
                : new OrderRepository(s.pool()).listNonTerminal(s.userId());
          });
        })
        .compose(open -> {
          List<Order> sells = open.stream()
              .filter(o -> "SELL".equals(o.side()) && "OPEN".equals(o.status()) && o.price() != null).toList();
          // One read of the positions for all sells, not one per sell.
          return sells.isEmpty() ? lowerAll(run, sells, Map.of())
              : new PositionRepository(s.pool()).listOpen(s.userId()).compose(positions -> {
                Map<String, Position> oldestOpen = new HashMap<>();
                positions.forEach(p -> oldestOpen.putIfAbsent(p.symbol(), p));
                return lowerAll(run, sells, oldestOpen);
              });
        });
  }

  private Future<Void> lowerAll(TaskRun run, List<Order> sells, Map<String, Position> positions) {
    int[] lowered = {0};
    Future<?> chain = Future.succeededFuture();
    for (Order order : sells) {
      chain = chain.compose(v -> lower(run, order, Optional.ofNullable(positions.get(order.symbol()))).map(done -> lowered[0] += done ? 1 : 0));
    }
    return chain.map(v -> {
      run.details().put("openSells", sells.size()).put("lowered", lowered[0]);
      return null;
    });
  }

  private Future<Boolean> lower(TaskRun run, Order order, Optional<Position> position) {
    UserSession s = run.session();
    return position.isEmpty() ? Future.succeededFuture(false)
        : s.account().instruments().resolve(order.symbol())
            // The order is at the broker already: without a stored tick the exchange's band table rounds it.
            .compose(listed -> Ema9Target.of(s, run.day(), order.symbol(), position.get().averagePrice(),
                listed.map(Instrument::tick).orElseGet(TickSize::nse)))
            .compose(decision -> {
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
            });
  }
}
