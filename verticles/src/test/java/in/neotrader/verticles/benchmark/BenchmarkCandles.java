package in.neotrader.verticles.benchmark;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.sql.testing.TestDatabase;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/** Generated daily candles bulk-copied into the shared daily_candles of a test database, for the benchmarks. */
final class BenchmarkCandles {

  private BenchmarkCandles() {
  }

  /** {@code count} weekdays from 2024-01-01 on. */
  static List<LocalDate> tradingDays(int count) {
    NseCalendar calendar = NseCalendar.weekendsOnly();
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2024, 1, 1); days.size() < count; d = d.plusDays(1)) {
      if (calendar.isTradingDay(d)) {
        days.add(d);
      }
    }
    return days;
  }

  /** Stores SYM0..SYM{symbols-1} on every one of {@code days}; prints the count and the time the COPY took. */
  static void store(TestDatabase db, int symbols, List<LocalDate> days) throws Exception {
    long copyStart = System.nanoTime();
    try (Connection jdbc = DriverManager.getConnection(db.jdbcUrl(), "postgres", "")) {
      StringBuilder rows = new StringBuilder();
      for (int s = 0; s < symbols; s++) {
        for (int t = 0; t < days.size(); t++) {
          double close = price(s, t);
          double open = t == 0 ? close : price(s, t - 1);
          rows.append("SYM").append(s).append(',').append(days.get(t)).append(",EQ,")
              .append(String.format("%.2f,%.2f,%.2f,%.2f", open, Math.max(open, close) * 1.01,
                  Math.min(open, close) * 0.99, close)).append(',').append(200_000 + (s * 7919 + t * 104729) % 300_000)
              .append(String.format(",%.2f", open)).append(",bhavcopy\n");
        }
      }
      jdbc.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY daily_candles (symbol, day, series, open, high, low,"
          + " close, volume, prev_close, source) FROM STDIN WITH (FORMAT csv)", new StringReader(rows.toString()));
      jdbc.createStatement().execute("ANALYZE daily_candles");
    }
    System.out.printf("stored %d candles (%d symbols x %d days) in %.1f s%n", (long) symbols * days.size(), symbols,
        days.size(), (System.nanoTime() - copyStart) / 1e9);
  }

  /** A drifting wave with dips, so the RSI and the dip backtests have something to find. */
  static double price(int symbol, int day) {
    return 50 + (symbol % 400) * 5 + 12 * Math.sin((day + symbol) / 7.0) + 6 * Math.sin((day * 3 + symbol) / 17.0)
        + day * 0.02 * (symbol % 5);
  }

  static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }

  static void printLoad() {
    System.out.printf("load average: %.2f on %d cores%n", ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
  }
}
