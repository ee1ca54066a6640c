package in.neotrader.verticles.benchmark;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.marketdata.SimulatedMarketData;
import in.neotrader.verticles.accounts.PaperAccounts;
import in.neotrader.verticles.engine.EngineSettings;
import in.neotrader.verticles.engine.TradingEngine;
import in.neotrader.verticles.testing.EngineFixture;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Not a test: N paper users on one JVM with every timer armed; prints heap per user, idle CPU, and the time of
 * the 16:05 AMO burst and of the next 09:15 open (fills booked, EMA9 sells placed), all persisted.
 * Run: see README (EngineBenchmark N).
 */
public final class EngineBenchmark {

  public static void main(String[] args) throws Exception {
    int users = Integer.parseInt(args.length > 0 ? args[0] : "100");
    try (EngineFixture fx = new EngineFixture(LocalDateTime.of(2025, 12, 22, 16, 4, 50))) {
      fx.query("INSERT INTO users (email, password_hash) SELECT 'u' || i || '@bench.in', 'x' "
          + "FROM generate_series(1, $1) i", users);
      fx.query("INSERT INTO user_trading_config (user_id, user_capital) SELECT id, 20000 FROM users");
      fx.query("INSERT INTO service_status (user_id, service_running) SELECT id, true FROM users");
      // Today's analysis, as if it had run: three buys per user.
      fx.query("INSERT INTO signals (user_id, day, symbol, verdict, final_verdict, combined_score, last_close, "
          + "indicators) SELECT u.id, '2025-12-22', s.sym, 'buy', 'buy', 60, s.close, "
          + "'{\"averageVolume\": 5000000, \"rsi10\": 25}'::jsonb FROM users u CROSS JOIN (VALUES ('ITC', 230), "
          + "('WIPRO', 240), ('SBIN', 550)) AS s(sym, close)");
      NseCalendar calendar = fx.calendar;
      SimulatedMarketData market = new SimulatedMarketData(7, calendar);
      EngineSettings settings = new EngineSettings(fx.clock, "bench", Optional.of(false), 5_000, 30, 120_000, 1_000,
          Optional.empty());
      long t0 = System.nanoTime();
      TradingEngine engine = EngineFixture.await(fx.vertx.executeBlocking(() -> null).compose(v -> TradingEngine
          .start(fx.vertx, fx.pool, settings, calendar, fx.timers, new PaperAccounts(id -> market))));
      while (engine.runningHere() < users) {
        Thread.sleep(50);
      }
      double startSeconds = (System.nanoTime() - t0) / 1e9;
      System.gc();
      Thread.sleep(500);
      System.gc();
      var mem = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      long cpu0 = cpuNanos();
      long idle0 = System.nanoTime();
      Thread.sleep(10_000);
      double idleCpu = (cpuNanos() - cpu0) / (double) (System.nanoTime() - idle0);

      long b0 = System.nanoTime();
      fx.runUntil(LocalDateTime.of(2025, 12, 22, 16, 5, 30));
      double buySeconds = (System.nanoTime() - b0) / 1e9;
      long orders = fx.query("SELECT count(*) FROM orders").get(0).getLong(0);
      fx.runUntil(LocalDateTime.of(2025, 12, 23, 9, 14));
      long o0 = System.nanoTime();
      fx.runUntil(LocalDateTime.of(2025, 12, 23, 9, 15, 30));
      double openSeconds = (System.nanoTime() - o0) / 1e9;
      long fills = fx.query("SELECT count(*) FROM fills").get(0).getLong(0);
      long sells = fx.query("SELECT count(*) FROM orders WHERE side = 'SELL'").get(0).getLong(0);
      System.out.printf("users=%d start=%.1fs armedTimers=%d heapUsed=%.1fMB (%.1f KB/user) heapMax=%.0fMB "
              + "idleCpu=%.1f%% of one core%n", users, startSeconds, fx.timers.armed(), mem.getUsed() / 1e6,
          mem.getUsed() / 1024.0 / users, mem.getMax() / 1e6, idleCpu * 100);
      System.out.printf("16:05 AMO burst: %d orders persisted in %.2fs (%.0f orders/s)%n", orders, buySeconds,
          orders / buySeconds);
      System.out.printf("09:15 open burst: %d fills booked, %d EMA9 sells placed in %.2fs%n", fills, sells,
          openSeconds);
    }
    System.exit(0);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
