package in.neotrader.verticles.tasks;

import in.neotrader.core.instruments.Instrument;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * sell_orders (first tick from 09:15): after the open's fills are booked, one LIMIT DAY sell per open position
 * at today's EMA9 target on the instrument's tick, to its stored trading symbol, unless a sell is already
 * pending. Unfilled sells lapse at the close and come back the next morning.
 */
public final class SellAtEma9Target implements TaskRunner {

  @Override
  public Future<Void> run(TaskRun run) {
    UserSession s = run.session();
    return new OrderBookSync(s).sync(run.events())
        .compose(synced -> {
          Future<List<Position>> positions = new PositionRepository(s.pool()).listOpen(s.userId());
          // The sync's own open orders, read again only when one moved under it.
          Future<List<Order>> open = synced.open().map(Future::succeededFuture)
              .orElseGet(() -> new OrderRepository(s.pool()).listNonTerminal(s.userId()));
          return Future.all(positions, open).compose(v -> placeSells(run, positions.result(), open.result()));
        });
  }

  private Future<Void> placeSells(TaskRun run, List<Position> positions, List<Order> open) {
    UserSession s = run.session();
    Set<String> pending = open.stream().filter(o -> "SELL".equals(o.side())).map(Order::symbol)
        .collect(Collectors.toSet());
    OrderPlacer placer = new OrderPlacer(s);
    JsonArray orders = new JsonArray();
    List<OrderPlacer.Intent> intents = new ArrayList<>();
    List<Position> selling = new ArrayList<>();
    Future<?> chain = Future.succeededFuture();
    for (Position p : positions) {
      if (pending.contains(p.symbol())) {
        continue;
      }
      chain = chain.compose(v -> s.account().instruments().resolve(p.symbol()).compose(listed -> {
        if (listed.isEmpty()) {
          run.log(LogLevel.WARN, "no sell of " + p.symbol() + ": not in the instrument store", null);
          return Future.succeededFuture();
        }
        Instrument instrument = listed.get();
        return Ema9Target.of(s, run.day(), p.symbol(), p.averagePrice(), instrument.tick()).map(decision -> {
          if (decision instanceof SellTarget.Decision.Skip skip) {
            run.log(LogLevel.INFO, "no sell of " + p.symbol() + ": " + skip.reason(), null);
            return null;
          }
          SellTarget.Decision.Place target = (SellTarget.Decision.Place) decision;
          OrderRequest request = OrderRequest.limitSell(
              ClientOrderId.of(s.userId(), run.day(), TradingTask.SELL_ORDERS, p.symbol(), OrderSide.SELL, 1),
              instrument.tradingSymbol(), p.quantity(), target.price());
          intents.add(new OrderPlacer.Intent(request, TradingTask.SELL_ORDERS,
              new JsonObject().put("target", target.price().doubleValue()).put("series", instrument.series())));
          selling.add(p);
          return null;
        });
      }));
    }
    // Targets first, then every sell written and sent as one batch.
    return chain.compose(v -> placer.placeAll(intents, run.events())).map(outcomes -> {
      for (int i = 0; i < outcomes.size(); i++) {
        Position p = selling.get(i);
        orders.add(new JsonObject().put("symbol", p.symbol()).put("quantity", p.quantity())
            .put("price", intents.get(i).request().price().doubleValue()).put("outcome", outcomes.get(i).name()));
      }
      run.details().put("openPositions", positions.size()).put("orders", orders);
      run.log(LogLevel.INFO, "placed " + orders.size() + " EMA9 limit sells", new JsonObject().put("orders", orders));
      return null;
    });
  }
}
