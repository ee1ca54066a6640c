package in.neotrader.verticles.tasks;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.core.paper.PaperCharges;
import in.neotrader.core.sizing.PositionSizer;
import in.neotrader.core.sizing.SizingResult;
import in.neotrader.core.strategy.Recommendations;
import in.neotrader.core.strategy.Signal;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.sql.signals.SignalRepository;
import in.neotrader.verticles.orders.OrderPlacer;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * buy_orders (16:05): one AMO market buy per recommendation of the day's analysis, sized by core, for the next
 * session's open. Symbols already held or with a pending buy are skipped; the portfolio cap stops the run.
 */
public final class AmoBuyOrders implements TaskRunner {

  private final TradingTask task;

  /** @param task the task the orders are filed under (buy_orders, or premarket_retry for its retries) */
  public AmoBuyOrders(TradingTask task) {
    this.task = task;
  }

  @Override
  public Future<Void> run(TaskRun run) {
    UserSession s = run.session();
    SignalRepository signals = new SignalRepository(s.pool());
    // Today's analysis; without one (it failed) nothing is bought, unlike the legacy which re-traded yesterday's.
    Future<List<Signal>> recommended = signals.listForDay(s.userId(), run.day())
        .map(rows -> Recommendations.select(rows.stream().map(r -> StoredSignals.toSignal(r, run.day())).toList(),
            s.config().minCombinedScore()));
    Future<Set<String>> held = new PositionRepository(s.pool()).listOpen(s.userId())
        .map(ps -> new HashSet<>(ps.stream().map(p -> p.symbol()).toList()));
    Future<List<Order>> open = new OrderRepository(s.pool()).listNonTerminal(s.userId());
    Future<BigDecimal> cash = s.account().broker().funds();
    return Future.all(recommended, held, open, cash)
        .compose(v -> place(run, recommended.result(), held.result(), open.result(), cash.result()));
  }

  private Future<Void> place(TaskRun run, List<Signal> recommended, Set<String> held, List<Order> open,
      BigDecimal cash) {
    UserSession s = run.session();
    Set<String> taken = new HashSet<>(held);
    open.stream().filter(o -> "BUY".equals(o.side())).forEach(o -> taken.add(o.symbol()));
    PositionSizer sizer = new PositionSizer(sizingConfig(s));
    OrderPlacer placer = new OrderPlacer(s);
    JsonArray placed = new JsonArray();
    JsonArray skipped = new JsonArray();
    BigDecimal cashLeft = cash;
    // Sizing needs no answer from the broker: decide every buy first, then write and send them as one batch.
    List<OrderPlacer.Intent> intents = new ArrayList<>();
    List<Signal> buying = new ArrayList<>();
    for (Signal signal : recommended) {
      if (taken.contains(signal.symbol())) {
        continue;
      }
      SizingResult sized = sizer.size(signal.lastClose(), signal.averageVolume(), cashLeft, taken.size());
      if (sized instanceof SizingResult.Rejected r) {
        skipped.add(new JsonObject().put("symbol", signal.symbol()).put("reason", r.reason().name()));
        run.log(LogLevel.INFO, "no buy of " + signal.symbol() + ": " + r.message(), null);
        continue;
      }
      int qty = ((SizingResult.Sized) sized).quantity();
      OrderRequest request = OrderRequest.amoMarketBuy(clientOrderId(s, run.day(), signal.symbol()),
          TradingSymbol.equity(signal.symbol()), qty);
      JsonObject meta = new JsonObject().put("combinedScore", signal.combinedScore())
          .put("finalVerdict", signal.finalVerdict().code()).put("close", signal.lastClose().doubleValue());
      intents.add(new OrderPlacer.Intent(request, task, meta));
      buying.add(signal);
      taken.add(signal.symbol());
      BigDecimal value = signal.lastClose().multiply(BigDecimal.valueOf(qty));
      cashLeft = cashLeft.subtract(value.add(PaperCharges.buy(value)));
    }
    return placer.placeAll(intents, run.events()).map(outcomes -> {
      for (int i = 0; i < outcomes.size(); i++) {
        placed.add(new JsonObject().put("symbol", buying.get(i).symbol())
            .put("quantity", intents.get(i).request().quantity()).put("outcome", outcomes.get(i).name()));
      }
      run.details().put("recommended", recommended.size()).put("orders", placed).put("skipped", skipped);
      run.log(LogLevel.INFO, task + " placed " + placed.size() + " AMO buys", new JsonObject().put("orders", placed));
      return null;
    });
  }

  private ClientOrderId clientOrderId(UserSession s, LocalDate day, String symbol) {
    return ClientOrderId.of(s.userId(), day, task, symbol, OrderSide.BUY, 1);
  }

  /** A paper account cannot hold more than its max position size per symbol: size paper buys within it. */
  private static TradingConfig sizingConfig(UserSession s) {
    TradingConfig c = s.config();
    if (!"paper".equals(s.account().source()) || c.userCapital().compareTo(c.paperMaxPositionSize()) <= 0) {
      return c;
    }
    return TradingConfig.fromJson(c.toJson().put("user_capital", c.paperMaxPositionSize().doubleValue()));
  }
}
