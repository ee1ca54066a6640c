package in.neotrader.web.backtest;

import in.neotrader.core.backtest.Backtest;
import in.neotrader.core.backtest.BacktestReport;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.strategy.PriceHistory;
import in.neotrader.core.strategy.Strategy;
import in.neotrader.core.strategy.StrategyRegistry;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.tradingconfig.TradingConfigRepository;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.JsonBody;
import in.neotrader.web.http.Replies;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /backtests}: one strategy (the trader's own unless the body names another) replayed over the
 * shared stored daily candles of some symbols and a date range, with the trader's settings. The replay is CPU
 * work of seconds for hundreds of symbols: it runs on the worker pool, one at a time per trader (409 otherwise).
 */
public final class BacktestRoutes {
  private final Vertx vertx;
  private final TradingConfigRepository configs;
  private final DailyCandleReads candles;
  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  public BacktestRoutes(Vertx vertx, Pool pool) {
    this.vertx = vertx;
    this.configs = new TradingConfigRepository(pool);
    this.candles = new DailyCandleReads(pool);
  }

  public void mount(Router user) {
    user.post("/backtests").handler(this::run);
  }

  private void run(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    BacktestRequest request = BacktestRequest.of(JsonBody.object(ctx));
    if (!running.add(userId)) {
      throw ApiError.conflict("backtest_running", "a backtest of yours is still running; wait for its answer");
    }
    configs.get(userId)
        .map(stored -> settings(stored.values(), request))
        .compose(config -> replay(config, request))
        .onComplete(done -> running.remove(userId))
        .onSuccess(report -> Replies.ok(ctx, BacktestJson.of(report)))
        .onFailure(ctx::fail);
  }

  // The trader's settings with the strategy asked for: an unknown name is the same field error as in the config.
  private static TradingConfig settings(JsonObject stored, BacktestRequest request) {
    JsonObject values = stored.copy();
    request.strategy().ifPresent(name -> values.put("strategy", name));
    Map<String, String> problems = TradingConfig.validate(values);
    if (!problems.isEmpty()) {
      throw ApiError.validation(problems);
    }
    return TradingConfig.fromJson(values);
  }

  private Future<BacktestReport> replay(TradingConfig config, BacktestRequest request) {
    Strategy strategy = StrategyRegistry.standard().get(config.strategy());
    return candles.between(request.symbols(), request.from(), request.to(), strategy.backtestWarmUpCandles())
        .compose(bySymbol -> vertx.executeBlocking(() -> {
          List<PriceHistory> histories = request.symbols().stream().map(s -> {
            var daily = bySymbol.getOrDefault(s, List.of());
            return PriceHistory.of(s, daily.isEmpty() ? request.to() : daily.get(daily.size() - 1).day(), daily);
          }).toList();
          return Backtest.run(strategy, histories, request.from(), request.to(), config);
        }, false));
  }
}
