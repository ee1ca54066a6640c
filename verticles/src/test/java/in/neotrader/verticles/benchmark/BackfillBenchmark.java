package in.neotrader.verticles.benchmark;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips.Line;
import in.neotrader.verticles.marketdata.ingest.Backfill;
import in.neotrader.verticles.marketdata.ingest.BhavcopyIngest;
import in.neotrader.verticles.marketdata.ingest.FolderImport;
import in.neotrader.verticles.marketdata.ingest.MarketDataSettings;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;

/**
 * Backfill benchmark: DAYS trading days x SYMBOLS symbols of UDiFF bhavcopy zips generated under target/,
 * imported through {@link FolderImport} into an empty store (parse; per batch of days the instruments, a COPY of
 * the candles, the rename and corporate action checks and the ingest records in one JDBC transaction), against a
 * bulk COPY of the same candle rows into a scratch copy of daily_candles.
 * Args: [days=500] [symbols=2000].
 */
public final class BackfillBenchmark {
  private BackfillBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int days = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int symbols = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Path dir = Files.createDirectories(Path.of("target", "bench-bhavcopy-" + days + "x" + symbols));
    NseCalendar calendar = NseCalendar.weekendsOnly();
    List<LocalDate> tradingDays = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2023, 1, 2); tradingDays.size() < days; d = d.plusDays(1)) {
      if (calendar.isTradingDay(d)) {
        tradingDays.add(d);
      }
    }
    StringBuilder copyRows = new StringBuilder();
    long generateStart = System.nanoTime();
    for (int t = 0; t < days; t++) {
      LocalDate day = tradingDays.get(t);
      List<Line> lines = new ArrayList<>(symbols);
      for (int s = 0; s < symbols; s++) {
        String close = price(s, t);
        String prev = t == 0 ? close : price(s, t - 1);
        Line line = Line.of("SYM" + s, "EQ", String.format("INE%06dA0101", s), String.valueOf(10_000 + s), close,
            prev, 1000L + s + t);
        lines.add(line);
        copyRows.append(line.symbol()).append(',').append(day).append(",EQ,").append(line.open()).append(',')
            .append(line.high()).append(',').append(line.low()).append(',').append(line.close()).append(',')
            .append(line.volume()).append(',').append(line.prevClose()).append(",bhavcopy\n");
      }
      Path file = dir.resolve(BhavcopyZips.udiffName(day));
      if (!Files.exists(file)) {
        Files.write(file, BhavcopyZips.udiff(day, lines));
      }
    }
    long rows = (long) days * symbols;
    System.out.printf("generated %d files, %d candles in %.1f s%n", days, rows, (System.nanoTime() - generateStart) / 1e9);

    TestDatabase db = TestDatabase.create();
    Vertx vertx = Vertx.vertx();
    Pool pool = db.pool(vertx);
    MarketDataSettings settings = MarketDataSettings.fromConfig(new JsonObject().put("DATA_DIR", "target/bench-data"));
    FolderImport importer = new FolderImport(vertx, new BhavcopyIngest(vertx, pool, settings, Optional.of(db.jdbc())));
    DatabaseCpu dbCpu = DatabaseCpu.of(db);
    double cpu0 = cpuSeconds();
    double dbCpu0 = dbCpu.seconds();
    long start = System.nanoTime();
    Backfill.Result result = importer.run(FolderImport.files(dir), (done, total, day, outcome) -> { })
        .toCompletionStage().toCompletableFuture().get(1, TimeUnit.HOURS);
    double importSeconds = (System.nanoTime() - start) / 1e9;
    double importCpu = cpuSeconds() - cpu0;
    Thread.sleep(500); // the last batch's backend is reaped
    double importDbCpu = dbCpu.seconds() - dbCpu0;

    double copySeconds;
    double copyCpu0 = cpuSeconds();
    double copyDbCpu0 = dbCpu.seconds();
    try (Connection jdbc = DriverManager.getConnection(db.jdbcUrl(), "postgres", "")) {
      jdbc.createStatement().execute("CREATE TABLE candles_copy (LIKE daily_candles INCLUDING ALL)");
      long copyStart = System.nanoTime();
      jdbc.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY candles_copy (symbol, day, series, open, high, low, "
          + "close, volume, prev_close, source) FROM STDIN WITH (FORMAT csv)", new StringReader(copyRows.toString()));
      copySeconds = (System.nanoTime() - copyStart) / 1e9;
    }
    double copyCpu = cpuSeconds() - copyCpu0;
    Thread.sleep(500);
    double copyDbCpu = dbCpu.seconds() - copyDbCpu0;
    System.out.printf("import: %d days ingested (%d refused), %d candles in %.2f s = %.0f rows/s, JVM CPU %.1f s, "
        + "database CPU %.1f s%n", result.ingested(), result.refused(), rows, importSeconds, rows / importSeconds,
        importCpu, importDbCpu);
    System.out.printf("COPY:   %d candles in %.2f s = %.0f rows/s, JVM CPU %.1f s, database CPU %.1f s%n", rows,
        copySeconds, rows / copySeconds, copyCpu, copyDbCpu);
    System.out.printf("ratio import/COPY: %.2f wall (goal <= 2), %.2f CPU (JVM + database)%n",
        importSeconds / copySeconds, (importCpu + importDbCpu) / (copyCpu + copyDbCpu));
    System.out.printf("load average: %.2f on %d cores%n", ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    pool.close().toCompletionStage().toCompletableFuture().get();
    vertx.close().toCompletionStage().toCompletableFuture().get();
    System.exit(0);
  }

  private static String price(int symbol, int day) {
    double p = 50 + (symbol % 400) * 5 + 10 * Math.sin((day + symbol) / 9.0);
    return String.format("%.2f", p);
  }

  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }
}
