package in.neotrader.web.marketdata;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.database.Database;
import in.neotrader.sql.database.DatabaseSettings;
import in.neotrader.sql.database.DatabaseStarter;
import in.neotrader.verticles.marketdata.ingest.Backfill;
import in.neotrader.verticles.marketdata.ingest.BhavcopyIngest;
import in.neotrader.verticles.marketdata.ingest.FolderImport;
import in.neotrader.verticles.marketdata.ingest.MarketDataSettings;
import in.neotrader.web.ExitCode;
import in.neotrader.web.config.ServerConfigLoader;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * {@code trading-server.jar market-data import --dir DIR | backfill --days N [--conf FILE]}: imports a folder of
 * downloaded bhavcopy zips (hosts that cannot reach NSE) or backfills the last N calendar days from NSE, with a
 * progress bar, on the server's configured database. Exit codes: 0 ok, 2 bad usage (naming the file), 3 database
 * unavailable, 1 otherwise (e.g. NSE unreachable).
 */
public final class MarketDataCommand {
  private static final String USAGE = "usage: java -jar trading-server.jar market-data "
      + "(import --dir DIR | backfill --days N) [--conf FILE]";

  private MarketDataCommand() {
  }

  public static int run(String[] args) {
    String action = args.length > 0 ? args[0] : "";
    Optional<Path> conf = Optional.empty();
    Path dir = null;
    int days = -1;
    try {
      for (int i = 1; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--dir" -> dir = Path.of(required(value, "--dir"));
          case "--days" -> days = Integer.parseInt(required(value, "--days"));
          case "--conf" -> conf = Optional.of(Path.of(required(value, "--conf")));
          default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
        i++;
      }
      if (!(action.equals("import") && dir != null) && !(action.equals("backfill") && days > 0)) {
        throw new IllegalArgumentException("expected 'import --dir DIR' or 'backfill --days N'");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("market-data: " + e.getMessage());
      System.err.println(USAGE);
      return ExitCode.CONFIGURATION.code();
    }
    Vertx vertx = Vertx.vertx();
    try {
      JsonObject config = wait(ServerConfigLoader.load(vertx, conf));
      Database database = wait(DatabaseStarter.start(vertx, DatabaseSettings.fromConfig(config)));
      try {
        BhavcopyIngest ingest = new BhavcopyIngest(vertx, database.pool(), MarketDataSettings.fromConfig(config),
            Optional.of(database.jdbc()));
        Backfill.Result result = action.equals("import") ? importDir(vertx, ingest, dir)
            : backfill(database, ingest, days);
        System.out.printf("market-data %s: %d days ingested, %d without a file, %d refused, %d already held%n", action,
            result.ingested(), result.noFile(), result.refused(), result.skipped());
        return result.refused() > 0 ? ExitCode.UNEXPECTED.code() : ExitCode.OK.code();
      } finally {
        wait(database.close(vertx));
      }
    } catch (Exception e) {
      Throwable cause = e.getCause() != null && e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
      System.err.println("market-data: " + cause.getMessage());
      return ExitCode.of(cause).code();
    } finally {
      vertx.close();
    }
  }

  private static Backfill.Result importDir(Vertx vertx, BhavcopyIngest ingest, Path dir) throws Exception {
    var files = FolderImport.files(dir);
    try (ProgressBar bar = bar(files.size())) {
      return wait(new FolderImport(vertx, ingest).run(files, (done, total, day, outcome) -> bar.stepTo(done)));
    }
  }

  private static Backfill.Result backfill(Database database, BhavcopyIngest ingest, int days) throws Exception {
    LocalDate today = TradingClock.system().nowIst().toLocalDate();
    try (ProgressBar bar = bar(days)) {
      return wait(new Backfill(database.pool(), ingest, NseCalendar.bundled()).run(today.minusDays(days),
          today.minusDays(1), (done, total, day, outcome) -> {
            bar.maxHint(total);
            bar.stepTo(done);
          }));
    }
  }

  private static ProgressBar bar(int total) {
    return new ProgressBarBuilder().setTaskName("bhavcopy days").setInitialMax(total).build();
  }

  private static String required(String value, String option) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static <T> T wait(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(24, TimeUnit.HOURS);
  }
}
