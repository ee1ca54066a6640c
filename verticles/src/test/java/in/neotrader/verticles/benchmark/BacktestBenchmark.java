package in.neotrader.verticles.benchmark;

import in.neotrader.core.backtest.Backtest;
import in.neotrader.core.backtest.BacktestReport;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.strategy.PriceHistory;
import in.neotrader.core.strategy.Strategy;
import in.neotrader.core.strategy.StrategyRegistry;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.testing.TestDatabase;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The backtest of POST /backtests at full size: SYMBOLS stocks over two years (500 sessions, after 300 sessions of
 * warm-up, bulk-copied into the shared daily_candles of an embedded PostgreSQL). For each strategy named it times
 * the store read (one statement, as the route reads) and the replay (one thread, as the route's worker runs it)
 * apart, and prints the trades and figures. Args: [symbols=500] [strategies=dip,legacy-dip].
 */
public final class BacktestBenchmark {
  private static final int RANGE = 500;
  private static final int WARM_UP = 300;

  private BacktestBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int symbols = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    List<String> strategies = List.of((args.length > 1 ? args[1] : "dip,legacy-dip").split(","));
    List<LocalDate> days = BenchmarkCandles.tradingDays(WARM_UP + RANGE);
    TestDatabase db = TestDatabase.create();
    BenchmarkCandles.store(db, symbols, days);
    Vertx vertx = Vertx.vertx();
    Pool pool = db.pool(vertx, 4);
    DailyCandleReads reads = new DailyCandleReads(pool);
    List<String> universe = IntStream.range(0, symbols).mapToObj(i -> "SYM" + i).toList();
    LocalDate from = days.get(WARM_UP);
    LocalDate to = days.get(days.size() - 1);
    for (String name : strategies) {
      Strategy strategy = StrategyRegistry.standard().get(name);
      TradingConfig config = TradingConfig.fromJson(new JsonObject().put("strategy", name));
      double cpu0 = BenchmarkCandles.cpuSeconds();
      long start = System.nanoTime();
      Map<String, List<Candle>> bySymbol = reads.between(universe, from, to, strategy.backtestWarmUpCandles())
          .toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
      double readSeconds = (System.nanoTime() - start) / 1e9;
      double readCpu = BenchmarkCandles.cpuSeconds() - cpu0;
      long rows = bySymbol.values().stream().mapToLong(List::size).sum();
      List<PriceHistory> histories = universe.stream()
          .map(s -> PriceHistory.of(s, to, bySymbol.getOrDefault(s, List.of()))).toList();
      double cpu1 = BenchmarkCandles.cpuSeconds();
      long replayStart = System.nanoTime();
      BacktestReport report = Backtest.run(strategy, histories, from, to, config);
      double replaySeconds = (System.nanoTime() - replayStart) / 1e9;
      double replayCpu = BenchmarkCandles.cpuSeconds() - cpu1;
      System.out.printf("%s, %d symbols, %s to %s: store read %,d candles in %.2f s (JVM CPU %.1f s), replay %.2f s"
          + " (JVM CPU %.1f s), total %.2f s%n", name, symbols, from, to, rows, readSeconds, readCpu, replaySeconds,
          replayCpu, readSeconds + replaySeconds);
      System.out.printf("  %,d trades, %d won (%.1f %%), P&L %s, return %.2f %%, max drawdown %s (%.2f %%),"
          + " %d skipped%n", report.trades().size(), report.wins(), report.winRatePct(), report.pnl().toPlainString(),
          report.returnPct(), report.maxDrawdown().toPlainString(), report.maxDrawdownPct(), report.skipped().size());
    }
    BenchmarkCandles.printLoad();
    pool.close().toCompletionStage().toCompletableFuture().get();
    vertx.close().toCompletionStage().toCompletableFuture().get();
    System.exit(0);
  }
}
