package in.neotrader.verticles.tasks;

import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.core.strategy.SellTarget;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.positions.Position;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.verticles.orders.OrderBookSync;
import in.neotrader.verticles.orders.OrderPlacer;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * sell_orders (first tick from 09:15): after the open's fills are booked, one LIMIT DAY sell per open position
 * at today's EMA9 target, unless a sell is already pending. Unfilled sells lapse at the close and come back
 * the next morning.
 */
public final class SellAtEma9Target implements TaskRunner {

  @Override
  public Future<Void> run(TaskRun run) {
    UserSession s = run.session();
    return new OrderBookSync(s).sync(run.events())
        .compose(synced -> {
          Future<List<Position>> positions = new PositionRepository(s.pool()).listOpen(s.userId());
          Future<List<Order>> open = new OrderRepository(s.pool()).listNonTerminal(s.userId());
          return Future.all(positions, open).compose(v -> placeSells(run, positions.result(), open.result()));
        });
  }

  private Future<Void> placeSells(TaskRun run, List<Position> positions, List<Order> open) {
    UserSession s = run.session();
    Set<String> selling = open.stream().filter(o -> "SELL".equals(o.side())).map(Order::symbol)
        .collect(Collectors.toSet());
    OrderPlacer placer = new OrderPlacer(s);
    JsonArray orders = new JsonArray();
    Future<?> chain = Future.succeededFuture();
    for (Position p : positions) {
      if (selling.contains(p.symbol())) {
        continue;
      }
      chain = chain.compose(v -> Ema9Target.of(s, run.day(), p.symbol(), p.averagePrice()).compose(decision -> {
        if (decision instanceof SellTarget.Decision.Skip skip) {
          run.log(LogLevel.INFO, "no sell of " + p.symbol() + ": " + skip.reason(), null);
          return Future.succeededFuture();
        }
        SellTarget.Decision.Place target = (SellTarget.Decision.Place) decision;
        OrderRequest request = OrderRequest.limitSell(
            ClientOrderId.of(s.userId(), run.day(), TradingTask.SELL_ORDERS, p.symbol(), OrderSide.SELL, 1),
            TradingSymbol.equity(p.symbol()), p.quantity(), target.price());
        return placer.place(request, TradingTask.SELL_ORDERS, new JsonObject().put("target", target.price().doubleValue()),
            run.events()).map(outcome -> orders.add(new JsonObject().put("symbol", p.symbol())
                .put("quantity", p.quantity()).put("price", target.price().doubleValue()).put("outcome", outcome.name())));
      }));
    }
    return chain.map(v -> {
      run.details().put("openPositions", positions.size()).put("orders", orders);
      run.log(LogLevel.INFO, "placed " + orders.size() + " EMA9 limit sells", new JsonObject().put("orders", orders));
      return null;
    });
  }
}
