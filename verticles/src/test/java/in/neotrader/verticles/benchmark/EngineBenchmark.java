package in.neotrader.verticles.benchmark;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.marketdata.SimulatedMarketData;
import in.neotrader.core.orders.AmoLimit;
import in.neotrader.verticles.metrics.EngineMeters;
import in.neotrader.verticles.accounts.InstrumentSource;
import in.neotrader.verticles.accounts.PaperAccounts;
import in.neotrader.verticles.engine.EngineSettings;
import in.neotrader.verticles.engine.TradingEngine;
import in.neotrader.verticles.testing.EngineFixture;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: N paper users on one JVM with every timer armed; prints the start time, the heap per user (after
 * GC), the JVM's CPU over an idle window, and the time of the 16:05 AMO burst and of the next 09:15 open (fills
 * booked, EMA9 sells placed), each checked against the rows persisted. PostgreSQL is the embedded test server
 * (fsync off; {@code -Dtest.pg.durable=true} turns fsync and synchronous commit on), on the same machine. Run:
 * {@code mvn -q -pl verticles -am test-compile exec:exec -Dbench.users=1000 [-Dbench.poolSize=16]}; with plain
 * {@code java}: args users [poolSize] [warm-up users: a day of other users first, on the same JVM].
 */
public final class EngineBenchmark {

  private static final String[] BUYS = {"ITC", "WIPRO", "SBIN"};
  private static final int SYMBOLS_PER_USER = BUYS.length;
  private static final int OLD_ROWS_PER_USER = 4;
  /** A whole lease (30 s): every lease renewed and every user's heartbeat event sent in it at least once. */
  private static final long IDLE_WINDOW_MILLIS = 30_000;

  public static void main(String[] args) throws Exception {
    int users = Integer.parseInt(args.length > 0 ? args[0] : "100");
    int poolSize = Integer.parseInt(args.length > 1 ? args[1] : "16");
    int warmUpUsers = Integer.parseInt(args.length > 2 ? args[2] : "0");
    System.out.printf("EngineBenchmark users=%d poolSize=%d warmUpUsers=%d cores=%d maxHeap=%.0fMB "
        + "load(1,5,15 min)=%s%n", users, poolSize, warmUpUsers, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1e6, load());
    // A server compiles the bursts' code on its first day and keeps it: a warm-up day of other users (in a
    // database dropped after it) shows what a burst costs once compiled; without it, the first day's cost.
    if (warmUpUsers > 0) {
      System.out.printf("-- warm-up day, %d users (JIT compilation; not the measured figures)%n", warmUpUsers);
      boolean warmed = day(warmUpUsers, poolSize, true);
      System.out.printf("-- measured day, %d users, on the warmed JVM (warm-up rows %s)%n", users,
          warmed ? "as expected" : "NOT as expected");
    }
    System.exit(day(users, poolSize, false) ? 0 : 1);
  }

  /** One trading day of {@code users} in a database of their own; whether every row persisted as expected. */
  private static boolean day(int users, int poolSize, boolean warmUp) throws Exception {
    boolean ok;
    EngineFixture dropped = null;
    try (EngineFixture fx = new EngineFixture(LocalDateTime.of(2025, 12, 22, 16, 4, 50), poolSize)) {
      System.out.printf("PostgreSQL fsync=%s synchronous_commit=%s (-Dtest.pg.durable=true for both on)%n",
          fx.query("SHOW fsync").get(0).getString(0), fx.query("SHOW synchronous_commit").get(0).getString(0));
      fx.query("INSERT INTO users (email, password_hash) SELECT 'u' || i || '@bench.in', 'x' "
          + "FROM generate_series(1, $1) i", users);
      fx.query("INSERT INTO user_trading_config (user_id, user_capital) SELECT id, 20000 FROM users");
      fx.query("INSERT INTO service_status (user_id, service_running) SELECT id, true FROM users");
      NseCalendar calendar = fx.calendar;
      SimulatedMarketData market = new SimulatedMarketData(7, calendar);
      // Today's analysis, as if it had run: three buys per user, at the closes the paper account sees (an AMO
      // limit above another close may never fill at the next open).
      fx.query("INSERT INTO signals (user_id, day, symbol, verdict, final_verdict, combined_score, last_close, "
          + "indicators) SELECT u.id, '2025-12-22', s.sym, 'buy', 'buy', 60, s.close, "
          + "'{\"averageVolume\": 5000000, \"rsi10\": 25}'::jsonb FROM users u CROSS JOIN unnest($1::text[], "
          + "$2::numeric[]) AS s(sym, close)", BUYS, Arrays.stream(BUYS).map(sym -> close(market, sym)).toArray(
          BigDecimal[]::new));
      // A service that has traded before: last week's filled orders and closed positions, so that the planner
      // sees tables of a realistic shape (an empty, freshly analysed table gets plans that scan it whole).
      fx.query("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, filled_quantity, price, "
          + "average_fill_price, order_type, variety, status, task, trading_day, placed_at, filled_at, closed_at, "
          + "source) SELECT u.id, 'old-' || u.id || '-' || i, 'OLD' || i, CASE WHEN i % 2 = 0 THEN 'SELL' ELSE 'BUY' "
          + "END, 10, 10, 100, 100, 'MARKET', 'REGULAR', 'FILLED', 'sell_orders', '2025-12-15', "
          + "'2025-12-15 04:00Z', '2025-12-15 04:00Z', '2025-12-15 04:00Z', 'paper' "
          + "FROM users u CROSS JOIN generate_series(1, $1) i", OLD_ROWS_PER_USER * 2);
      fx.query("INSERT INTO positions (user_id, symbol, quantity, average_price, realised_pnl, opened_at, closed_at, "
          + "exit_reason) SELECT u.id, 'OLD' || i, 0, 100, 5, '2025-12-10 04:00Z', '2025-12-15 04:00Z', 'EMA9_TARGET' "
          + "FROM users u CROSS JOIN generate_series(1, $1) i", OLD_ROWS_PER_USER);
      fx.query("ANALYZE");
      EngineSettings settings = new EngineSettings(fx.clock, "bench", Optional.of(false), 5_000, 30, 120_000, 1_000, 5_000,
          Optional.empty());
      fx.timers.allowPerInstant(java.time.Duration.ofMinutes(20));
      long heapBefore = heapAfterGc();

      long t0 = System.nanoTime();
      // The start answers once every user resumed: longer than the fixture's minute at 100,000 users.
      TradingEngine engine = fx.vertx.executeBlocking(() -> null).compose(v -> TradingEngine
          .start(fx.vertx, fx.pool, settings, calendar, fx.timers, new PaperAccounts(id -> market,
              InstrumentSource.SIMULATED, AmoLimit.DEFAULT), new EngineMeters(fx.meters)))
          .toCompletionStage().toCompletableFuture().get(30, TimeUnit.MINUTES);
      while (engine.runningHere() < users) {
        Thread.sleep(20);
      }
      double startSeconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("start: %d users running in %.1fs (%.0f users/s), %d timers armed; load=%s%n", users,
          startSeconds, users / startSeconds, fx.timers.armed(), load());

      long heapAfter = heapAfterGc();
      System.out.printf("heap after GC: %.1fMB before start, %.1fMB with %d users running: %.1f KB/user%n",
          heapBefore / 1e6, heapAfter / 1e6, users, (heapAfter - heapBefore) / 1024.0 / users);

      if (!warmUp) {
        long cpu0 = cpuNanos();
        long idle0 = System.nanoTime();
        Thread.sleep(IDLE_WINDOW_MILLIS);
        double idleCpu = (cpuNanos() - cpu0) / (double) (System.nanoTime() - idle0);
        System.out.printf("idle: JVM CPU %.1f%% of one core over %.0fs; load=%s%n", idleCpu * 100,
            IDLE_WINDOW_MILLIS / 1e3, load());
      }

      Path dataDir = Path.of(fx.query("SHOW data_directory").get(0).getString(0));
      boolean buyStatements = statementStats(fx, "SELECT pg_stat_statements_reset()");
      Cpu cpu = Cpu.of(dataDir);
      long b0 = System.nanoTime();
      fx.runUntil(LocalDateTime.of(2025, 12, 22, 16, 5, 30));
      double buySeconds = (System.nanoTime() - b0) / 1e9;
      String buyCpu = cpu.since();
      long orders = count(fx, "SELECT count(*) FROM orders WHERE side = 'BUY' AND status = 'AMO_PENDING'");
      long allOrders = count(fx, "SELECT count(*) FROM orders WHERE trading_day >= '2025-12-22'");
      long buyRuns = count(fx, "SELECT count(*) FROM service_task_execution WHERE task_name = 'buy_orders' "
          + "AND status = 'success'");
      System.out.printf("16:05 AMO burst: %d AMO buys persisted (expected %d), %d successful runs, in %.2fs "
          + "(%.0f orders/s); CPU used: %s; load=%s%n", orders, (long) users * SYMBOLS_PER_USER, buyRuns,
          buySeconds, orders / buySeconds, buyCpu, load());
      if (buyStatements) {
        printStatements(fx, "16:05");
      }

      fx.runUntil(LocalDateTime.of(2025, 12, 23, 9, 14));
      // Autovacuum has the night to analyse the day's orders; here it is done at once so plans see them.
      fx.query("ANALYZE");
      boolean statements = statementStats(fx, "SELECT pg_stat_statements_reset()");
      cpu = Cpu.of(dataDir);
      long o0 = System.nanoTime();
      fx.runUntil(LocalDateTime.of(2025, 12, 23, 9, 15, 30));
      double openSeconds = (System.nanoTime() - o0) / 1e9;
      String openCpu = cpu.since();
      long fills = count(fx, "SELECT count(*) FROM fills");
      long positions = count(fx, "SELECT count(*) FROM positions WHERE closed_at IS NULL");
      long sells = count(fx, "SELECT count(*) FROM orders WHERE side = 'SELL' AND status = 'OPEN'");
      System.out.printf("09:15 open burst: %d fills booked (expected %d), %d open positions, %d EMA9 sells placed "
          + "in %.2fs (%.0f orders+fills/s); CPU used: %s; load=%s%n", fills, (long) users * SYMBOLS_PER_USER,
          positions, sells, openSeconds, (fills + sells) / openSeconds, openCpu, load());
      if (statements) {
        printStatements(fx, "09:15");
      }
      ok = orders == (long) users * SYMBOLS_PER_USER && allOrders == orders && buyRuns == users && fills == orders && sells == fills;
      System.out.println(ok ? "persisted rows: as expected" : "persisted rows: NOT as expected");
      if (!ok) {
        for (var r : fx.query("SELECT symbol, side, status, coalesce(status_reason, ''), count(*) FROM orders "
            + "WHERE trading_day >= '2025-12-22' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3")) {
          System.out.printf("  %s %s %s %s: %d%n", r.getString(0), r.getString(1), r.getString(2), r.getString(3),
              r.getLong(4));
        }
        for (var r : fx.query("SELECT task_name, status, left(coalesce(reason, ''), 120), count(*) "
            + "FROM service_task_execution WHERE trading_day >= '2025-12-22' GROUP BY 1, 2, 3 ORDER BY 1, 2")) {
          System.out.printf("  run %s %s %s: %d%n", r.getString(0), r.getString(1), r.getString(2), r.getLong(3));
        }
      }
      // Before the fixture closes the pool: the engine's services hand their leases back through it.
      EngineFixture.await(engine.stop());
      dropped = warmUp ? fx : null;
    }
    if (dropped != null) {
      dropped.database.drop();
    }
    return ok;
  }

  /**
   * Whether PostgreSQL's per-statement figures can be read: only when the test server preloads
   * pg_stat_statements (a local edit of EmbeddedPostgresServer while profiling).
   */
  private static boolean statementStats(EngineFixture fx, String sql) {
    try {
      fx.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      fx.query(sql);
      return true;
    } catch (Exception notLoaded) {
      return false;
    }
  }

  private static void printStatements(EngineFixture fx, String burst) throws Exception {
    System.out.println(burst + " statements (calls, exec ms, rows, query):");
    for (var r : fx.query("SELECT calls, round(total_exec_time::numeric) AS ms, rows, "
        + "left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements "
        + "ORDER BY calls DESC LIMIT 40")) {
      System.out.printf("  %7d %6d %7d  %s%n", r.getLong(0), r.getLong(1), r.getLong(2), r.getString(3));
    }
  }

  private static BigDecimal close(SimulatedMarketData market, String symbol) {
    try {
      return EngineFixture.await(market.dailyCandles(symbol, LocalDate.of(2025, 12, 22), 1)).get(0).close();
    } catch (Exception e) {
      throw new IllegalStateException("no simulated close of " + symbol, e);
    }
  }

  private static long count(EngineFixture fx, String sql) throws Exception {
    return fx.query(sql).get(0).getLong(0);
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * CPU seconds of this JVM and of the PostgreSQL server (postmaster and backends) since {@link #of}: unlike
   * the wall time, what a burst costs does not depend on the other builds sharing the cores.
   */
  private record Cpu(Path dataDir, long jvmNanos, double pgSeconds) {

    static Cpu of(Path dataDir) {
      return new Cpu(dataDir, cpuNanos(), pgSeconds(dataDir));
    }

    String since() {
      return String.format("JVM %.1fs + PostgreSQL %.1fs", (cpuNanos() - jvmNanos) / 1e9,
          pgSeconds(dataDir) - pgSeconds);
    }

    private static double pgSeconds(Path dataDir) {
      try {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        long ticks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
          for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
            String[] stat = statFields(proc);
            if (stat != null && (proc.getFileName().toString().equals(String.valueOf(postmaster))
                || stat[1].equals(String.valueOf(postmaster)))) {
              ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
            }
          }
        }
        return ticks / 100.0;
      } catch (Exception e) {
        return Double.NaN;
      }
    }

    /** Fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime. */
    private static String[] statFields(Path proc) {
      try {
        String stat = Files.readString(proc.resolve("stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      } catch (Exception e) {
        return null;
      }
    }
  }

  /** The machine's load average, as uptime shows it: other builds share these cores. */
  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "n/a";
    }
  }
}
