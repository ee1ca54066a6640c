package in.neotrader.verticles.tasks;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.strategy.PriceHistory;
import in.neotrader.core.strategy.Signal;
import in.neotrader.core.strategy.Strategy;
import in.neotrader.core.strategy.StrategyRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The node's daily analyses, computed once for every user trading on the same market data with the same
 * strategy and settings (the user's choice of {@link StrategyRegistry}): a stock's signal for a day is read and backtested by the first user's 16:00 run and
 * shared by the others (the later ones join a computation in flight). Settings are compared whole, so two
 * users differing in any setting never share a signal. The backtests run on the worker pool, split over the
 * cores. Only the newest two days are kept.
 */
public final class SharedAnalyses {

  private static final Map<MarketData, SharedAnalyses> BY_MARKET_DATA =
      Collections.synchronizedMap(new WeakHashMap<>());

  private record Key(LocalDate day, String symbol, String settings) {}

  private final MarketData market;
  private final Map<Key, Future<Optional<Signal>>> signals = new HashMap<>();

  private SharedAnalyses(MarketData market) {
    this.market = market;
  }

  /** The analyses of {@code market}'s users (a simulated market per user shares nothing). */
  public static SharedAnalyses of(MarketData market) {
    return BY_MARKET_DATA.computeIfAbsent(market, SharedAnalyses::new);
  }

  /** The signal of each of {@code symbols} on {@code day} under {@code config}, in their order; none for thin history. */
  public Future<List<Signal>> analyse(Vertx vertx, List<String> symbols, LocalDate day, TradingConfig config) {
    // A trading config names only registered strategies (validated when read).
    Strategy strategy = StrategyRegistry.standard().get(config.strategy());
    String settings = config.toJson().encode();
    List<Future<Optional<Signal>>> answers = new ArrayList<>(symbols.size());
    Map<String, Promise<Optional<Signal>>> missing = new HashMap<>();
    synchronized (signals) {
      signals.keySet().removeIf(k -> k.day().isBefore(day.minusDays(1)));
      for (String symbol : symbols) {
        answers.add(signals.computeIfAbsent(new Key(day, symbol, settings), k -> {
          Promise<Optional<Signal>> promise = Promise.promise();
          missing.put(symbol, promise);
          return promise.future();
        }));
      }
    }
    if (!missing.isEmpty()) {
      compute(vertx, missing, day, strategy, config, settings);
    }
    return Future.all(answers).map(all -> answers.stream().map(Future::result).flatMap(Optional::stream).toList());
  }

  private void compute(Vertx vertx, Map<String, Promise<Optional<Signal>>> missing, LocalDate day,
      Strategy strategy, TradingConfig config, String settings) {
    List<String> symbols = new ArrayList<>(missing.keySet());
    Future.all(symbols.stream().map(s -> market.dailyCandles(s, day, strategy.historyCandles())
            .map(c -> PriceHistory.of(s, day, c))).toList())
        .compose(read -> backtests(vertx, read.list(), strategy, config))
        .onSuccess(results -> results.forEach((symbol, signal) -> missing.get(symbol).complete(signal)))
        .onFailure(err -> {
          // A failed read is not kept: the next run reads again.
          synchronized (signals) {
            symbols.forEach(s -> signals.remove(new Key(day, s, settings)));
          }
          missing.values().forEach(p -> p.tryFail(err));
        });
  }

  // The backtest of a stock is CPU work of milliseconds: off the event loop, one chunk per core at once.
  private static Future<Map<String, Optional<Signal>>> backtests(Vertx vertx, List<PriceHistory> stocks,
      Strategy strategy, TradingConfig config) {
    int chunks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), stocks.size()));
    List<Future<Map<String, Optional<Signal>>>> parts = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      List<PriceHistory> part = stocks.subList(c * stocks.size() / chunks, (c + 1) * stocks.size() / chunks);
      parts.add(vertx.executeBlocking(() -> {
        Map<String, Optional<Signal>> out = new HashMap<>();
        part.forEach(in -> out.put(in.symbol(), strategy.analyse(in, config)));
        return out;
      }, false));
    }
    return Future.all(parts).map(all -> {
      Map<String, Optional<Signal>> merged = new HashMap<>();
      parts.forEach(p -> merged.putAll(p.result()));
      return merged;
    });
  }
}
