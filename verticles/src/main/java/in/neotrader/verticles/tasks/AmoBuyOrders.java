package in.neotrader.verticles.tasks;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.instruments.Instrument;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.sizing.PositionSizer;
import in.neotrader.core.sizing.SizingResult;
import in.neotrader.core.strategy.Signal;
import in.neotrader.core.strategy.StrategyRegistry;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.orders.QueuedBuy;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.sql.signals.SignalRepository;
import in.neotrader.verticles.orders.OrderPlacer;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A placement run: first the failed-buy retry queue, then one AMO limit buy per recommendation ({@link AmoEntry}),
 * sized by core, for the next session's open. A symbol missing from the instrument store is skipped. Symbols already held or with a pending buy are skipped; the portfolio cap stops
 * the run; a buy short of cash joins the retry queue. buy_orders (16:05) trades the day's analysis;
 * premarket_retry (09:00) the last analysis before today, without touching the AMOs already queued.
 */
public final class AmoBuyOrders implements TaskRunner {

  private final TradingTask task;
  private final BiFunction<UserSession, LocalDate, LocalDate> analysisDay;

  private AmoBuyOrders(TradingTask task, BiFunction<UserSession, LocalDate, LocalDate> analysisDay) {
    this.task = task;
    this.analysisDay = analysisDay;
  }

  /** buy_orders: today's analysis; without one (it failed) only the queue is retried, unlike the legacy. */
  public static AmoBuyOrders afterAnalysis() {
    return new AmoBuyOrders(TradingTask.BUY_ORDERS, (s, today) -> today);
  }

  /** premarket_retry: the previous trading day's analysis, which its 16:05 run already traded once. */
  public static AmoBuyOrders beforeOpen() {
    return new AmoBuyOrders(TradingTask.PREMARKET_RETRY, (s, today) -> s.calendar().previousTradingDay(today));
  }

  @Override
  public Future<Void> run(TaskRun run) {
    UserSession s = run.session();
    LocalDate day = analysisDay.apply(s, run.day());
    Future<List<Signal>> recommended = new SignalRepository(s.pool()).listForDay(s.userId(), day)
        .map(rows -> buyOrder(rows.stream().map(r -> StoredSignals.toSignal(r, day)).toList(), s.config()));
    Future<Set<String>> held = new PositionRepository(s.pool()).listOpen(s.userId())
        .map(ps -> new HashSet<>(ps.stream().map(p -> p.symbol()).toList()));
    Future<List<Order>> open = new OrderRepository(s.pool()).listNonTerminal(s.userId());
    Future<BigDecimal> cash = s.account().broker().funds();
    Future<List<QueuedBuy>> queued = new BuyRetryQueue(s).live();
    return Future.all(recommended, held, open, cash, queued).compose(v -> {
      Set<String> taken = new HashSet<>(held.result());
      open.result().stream().filter(o -> "BUY".equals(o.side())).forEach(o -> taken.add(o.symbol()));
      // Two run-nows must not spend the same rupees: what pending buys will take is not available twice.
      BigDecimal available = s.account().fundsExcludePendingBuys() ? cash.result()
          : cash.result().subtract(BuyingPower.reservedBy(open.result()));
      BuyingPower power = new BuyingPower(taken, available, s.config().maxPortfolioSize());
      OrderPlacer placer = new OrderPlacer(s);
      BuyRetryQueue queue = new BuyRetryQueue(s);
      return new QueuedBuyRetries(run, task, queue, placer).retry(queued.result(), held.result(), power)
          .compose(stillQueued -> place(run, recommended.result(), power, placer, queue, stillQueued));
    });
  }

  private Future<Void> place(TaskRun run, List<Signal> recommended, BuyingPower power, OrderPlacer placer,
      BuyRetryQueue queue, Map<String, QueuedBuy> stillQueued) {
    UserSession s = run.session();
    PositionSizer sizer = new PositionSizer(sizingConfig(s));
    JsonArray placed = new JsonArray();
    JsonArray skipped = new JsonArray();
    // Sizing needs no answer from the broker: decide every buy first, then write and send them as one batch.
    List<OrderPlacer.Intent> intents = new ArrayList<>();
    List<Signal> buying = new ArrayList<>();
    Future<?> chain = Future.succeededFuture();
    for (Signal signal : recommended) {
      chain = chain.compose(v -> power.isTaken(signal.symbol()) ? Future.succeededFuture()
          : AmoEntry.instrument(s, signal.symbol()).compose(listed -> {
            if (listed.isEmpty()) {
              skipped.add(new JsonObject().put("symbol", signal.symbol()).put("reason", AmoEntry.NOT_LISTED));
              run.log(LogLevel.WARN, "no buy of " + signal.symbol() + ": not in the instrument store", null);
              return Future.succeededFuture();
            }
            Instrument instrument = listed.get();
            SizingResult sized = sizer.size(signal.lastClose(), signal.averageVolume(), power.cash(),
                power.portfolioCount());
            if (sized instanceof SizingResult.Rejected r) {
              skipped.add(new JsonObject().put("symbol", signal.symbol()).put("reason", r.reason().name()));
              run.log(LogLevel.INFO, "no buy of " + signal.symbol() + ": " + r.message(), null);
              return r.reason() != SizingResult.Reason.INSUFFICIENT_CASH ? Future.succeededFuture()
                  : queueShortfall(run, signal, instrument, sizer, power, queue,
                      Optional.ofNullable(stillQueued.get(signal.symbol())));
            }
            OrderRequest request = AmoEntry.request(s, entryId(run, signal), instrument,
                ((SizingResult.Sized) sized).quantity(), signal.lastClose());
            JsonObject meta = AmoEntry.describe(instrument, s).put("combinedScore", signal.combinedScore())
                .put("finalVerdict", signal.finalVerdict().code()).put("close", signal.lastClose().doubleValue());
            intents.add(new OrderPlacer.Intent(request, task, meta));
            buying.add(signal);
            // The broker blocks the limit's value, not the close's.
            power.spend(signal.symbol(), request.price(), request.quantity());
            return Future.succeededFuture();
          }));
    }
    return chain.compose(v -> placer.placeAll(intents, run.events())).map(outcomes -> {
      for (int i = 0; i < outcomes.size(); i++) {
        OrderRequest request = intents.get(i).request();
        placed.add(new JsonObject().put("symbol", buying.get(i).symbol()).put("tradingSymbol", request.symbol())
            .put("quantity", request.quantity()).put("price", request.price().doubleValue())
            .put("outcome", outcomes.get(i).name()));
      }
      run.details().put("recommended", recommended.size()).put("orders", placed).put("skipped", skipped);
      run.log(LogLevel.INFO, task + " placed " + placed.size() + " AMO buys", new JsonObject().put("orders", placed));
      return null;
    });
  }

  private ClientOrderId entryId(TaskRun run, Signal signal) {
    return ClientOrderId.of(run.session().userId(), run.day(), task, signal.symbol(), OrderSide.BUY, 1);
  }

  /** The quantity the cash check refused: what the sizer would have bought with enough cash (§4). */
  private Future<Void> queueShortfall(TaskRun run, Signal signal, Instrument instrument, PositionSizer sizer,
      BuyingPower power, BuyRetryQueue queue, Optional<QueuedBuy> existing) {
    BigDecimal capital = sizer.executionCapital(signal.lastClose(), signal.averageVolume());
    int qty = Math.max(run.session().config().minQty(),
        capital.divide(signal.lastClose(), 0, RoundingMode.FLOOR).intValueExact());
    OrderRequest refused = AmoEntry.request(run.session(), entryId(run, signal), instrument, qty, signal.lastClose());
    return queue.recordShortfall(task, run.day(), signal, refused, capital, power.cash(), existing);
  }

  /**
   * A paper account cannot hold more than its max position size per symbol: size paper buys within it, at the
   * limit they are placed at (the close + the AMO cap), which the paper broker checks.
   */
  private static TradingConfig sizingConfig(UserSession s) {
    TradingConfig c = s.config();
    BigDecimal perSymbol = s.account().amoLimit().capitalWithin(c.paperMaxPositionSize());
    if (!"paper".equals(s.account().source()) || c.userCapital().compareTo(perSymbol) <= 0) {
      return c;
    }
    return TradingConfig.fromJson(c.toJson().put("user_capital", perSymbol.doubleValue()));
  }

  // Ranked by the strategy that made the day's signals (the user's current one when they were made by several).
  private static List<Signal> buyOrder(List<Signal> signals, TradingConfig config) {
    Set<String> makers = new HashSet<>(signals.stream().map(Signal::strategy).toList());
    String name = makers.size() == 1 ? makers.iterator().next() : config.strategy();
    StrategyRegistry strategies = StrategyRegistry.standard();
    return strategies.find(name).orElseGet(() -> strategies.get(config.strategy()))
        .buyOrder(signals, config.minCombinedScore());
  }
}
