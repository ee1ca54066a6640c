package in.neotrader.verticles.benchmark;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.marketdata.Universe;
import in.neotrader.core.strategy.Signal;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.verticles.marketdata.StoredMarketData;
import in.neotrader.verticles.tasks.SharedAnalyses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The 16:00 analysis of SYMBOLS stocks on stored candles (560 trading days each, bulk-copied into the shared
 * daily_candles): the first user's run reads and backtests every stock, USERS-1 more users with the same
 * settings share it, one user with other settings computes again. Goal: the day's analysis of 2,000 symbols in
 * under 20 s on 2 cores. Args: [users=10] [symbols=2000].
 */
public final class AnalysisBenchmark {
  private static final int DAYS = 560;

  private AnalysisBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int symbols = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    NseCalendar calendar = NseCalendar.weekendsOnly();
    List<LocalDate> days = BenchmarkCandles.tradingDays(DAYS);
    TestDatabase db = TestDatabase.create();
    BenchmarkCandles.store(db, symbols, days);

    Vertx vertx = Vertx.vertx();
    Pool pool = db.pool(vertx, 8);
    DailyCandleReads candles = new DailyCandleReads(pool);
    List<String> universe = java.util.stream.IntStream.range(0, symbols).mapToObj(i -> "SYM" + i).toList();
    MarketData market = new StoredMarketData(candles, calendar, userId -> Future.succeededFuture(Universe.of(universe)));
    LocalDate day = days.get(DAYS - 1);
    TradingConfig settings = TradingConfig.defaults();

    Measured first = time(() -> analyse(vertx, market, universe, day, settings));
    System.out.printf("first user (reads and backtests): %d signals in %.2f s, CPU %.1f s (goal < 20 s)%n",
        first.signals, first.seconds, first.cpu);
    Measured rest = time(() -> {
      List<Future<List<Signal>>> all = new ArrayList<>();
      for (int u = 1; u < users; u++) {
        all.add(SharedAnalyses.of(market).analyse(vertx, universe, day, settings));
      }
      return Future.all(all).map(f -> all.get(0).result().size());
    });
    System.out.printf("%d more users, same settings (shared): %.2f s, CPU %.1f s%n", users - 1, rest.seconds, rest.cpu);
    TradingConfig other = TradingConfig.fromJson(settings.toJson().put("rsi_oversold", 25));
    Measured different = time(() -> analyse(vertx, market, universe, day, other));
    System.out.printf("one user with other settings (computed again): %.2f s, CPU %.1f s%n", different.seconds,
        different.cpu);
    BenchmarkCandles.printLoad();
    pool.close().toCompletionStage().toCompletableFuture().get();
    vertx.close().toCompletionStage().toCompletableFuture().get();
    System.exit(0);
  }

  private static Future<Integer> analyse(Vertx vertx, MarketData market, List<String> universe, LocalDate day,
      TradingConfig settings) {
    return SharedAnalyses.of(market).analyse(vertx, universe, day, settings).map(List::size);
  }

  private record Measured(int signals, double seconds, double cpu) {}

  private static Measured time(java.util.function.Supplier<Future<Integer>> run) throws Exception {
    double cpu0 = BenchmarkCandles.cpuSeconds();
    long start = System.nanoTime();
    int signals = run.get().toCompletionStage().toCompletableFuture().get(30, TimeUnit.MINUTES);
    return new Measured(signals, (System.nanoTime() - start) / 1e9, BenchmarkCandles.cpuSeconds() - cpu0);
  }
}
