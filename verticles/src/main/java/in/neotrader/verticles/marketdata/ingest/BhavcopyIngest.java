package in.neotrader.verticles.marketdata.ingest;

import in.neotrader.sql.database.JdbcTarget;
import in.neotrader.sql.marketdata.BackfillCopy;
import in.neotrader.sql.marketdata.BhavcopyDay;
import in.neotrader.sql.marketdata.DayIngested;
import in.neotrader.sql.marketdata.IngestRecords;
import in.neotrader.sql.marketdata.MarketDataWriter;
import in.neotrader.verticles.marketdata.ingest.fetch.CachingFetcher;
import in.neotrader.verticles.marketdata.ingest.fetch.NseArchives;
import in.neotrader.verticles.marketdata.ingest.parse.BhavcopyParser;
import in.neotrader.verticles.marketdata.ingest.parse.FileRefused;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bhavcopy day: fetch (or read the cache), parse on a worker thread, write in one transaction (or several
 * days in one, for a folder import). A file that
 * does not parse is refused whole with one log line naming it, dropped from the cache and recorded.
 */
public final class BhavcopyIngest {
  private static final Logger LOG = LoggerFactory.getLogger(BhavcopyIngest.class);

  private final Vertx vertx;
  private final Pool pool;
  private final CachingFetcher fetcher;
  private final NseArchives archives;
  private final MarketDataWriter writer;

  public BhavcopyIngest(Vertx vertx, Pool pool, MarketDataSettings settings) {
    this(vertx, pool, settings, Optional.empty());
  }

  /** {@code copyTo}: the same database over JDBC, to COPY the candles of days not held yet (backfill, import). */
  public BhavcopyIngest(Vertx vertx, Pool pool, MarketDataSettings settings, Optional<JdbcTarget> copyTo) {
    this.vertx = vertx;
    this.pool = pool;
    this.fetcher = new CachingFetcher(vertx, settings.cacheDir().resolve("nse"), settings.fetchAttempts(),
        settings.fetchBackoff());
    this.archives = new NseArchives(settings);
    this.writer = new MarketDataWriter(pool, copyTo.map(target -> new BackfillCopy(vertx, target)));
  }

  /**
   * Fetches and writes {@code day}. {@code pastDay}: a 404 is final (an ad-hoc closure) and recorded no_file;
   * for today it only means "not published yet". A source that cannot be reached fails the future.
   */
  public Future<DayOutcome> ingest(LocalDate day, boolean pastDay) {
    String name = NseArchives.fileName(day);
    return fetcher.fetch(name, archives.url(day), Map.of("Referer", "https://www.nseindia.com/"))
        .recover(e -> IngestRecords.failed(pool, IngestRecords.NSE_BHAVCOPY, e.getMessage())
            .transform(ignored -> Future.failedFuture(e)))
        .compose(body -> {
          if (body.isEmpty()) {
            return pastDay ? noFile(day, "no bhavcopy published for " + day + " (404)")
                : IngestRecords.attempted(pool, IngestRecords.NSE_BHAVCOPY).map(DayOutcome.NO_FILE);
          }
          return write(day, name, body.get().getBytes())
              .compose(outcome -> outcome == DayOutcome.REFUSED ? fetcher.forget(name).map(outcome)
                  : Future.succeededFuture(outcome));
        });
  }

  /** A file read and parsed: the day's bhavcopy, or why it is refused whole. */
  public record Parsed(LocalDate expected, Optional<BhavcopyDay> day, String refusal) {}

  /** Writes a bhavcopy zip the operator downloaded (or a cached one); {@code expected} is the day its name says. */
  public Future<DayOutcome> write(LocalDate expected, String fileName, byte[] zip) {
    return parse(expected, fileName, zip).compose(parsed -> store(List.of(parsed))).map(outcomes -> outcomes.get(0));
  }

  /** Parses on a worker thread (several files may parse at once, and while earlier ones are written). */
  public Future<Parsed> parse(LocalDate expected, String fileName, byte[] zip) {
    return vertx.executeBlocking(() -> {
      try {
        BhavcopyDay file = BhavcopyParser.parse(fileName, zip);
        return file.day().equals(expected) ? new Parsed(expected, Optional.of(file), null)
            : new Parsed(expected, Optional.empty(), fileName + ": dated " + file.day() + " inside, expected " + expected);
      } catch (FileRefused e) {
        return new Parsed(expected, Optional.empty(), e.getMessage());
      }
    }, false);
  }

  /**
   * Records the refused files and writes the others in one transaction; the outcomes in the order given. A
   * database failure fails the future with nothing of these files written.
   */
  public Future<List<DayOutcome>> store(List<Parsed> files) {
    List<BhavcopyDay> good = files.stream().flatMap(f -> f.day().stream()).toList();
    Future<Void> refusals = Future.succeededFuture();
    for (Parsed f : files) {
      if (f.day().isEmpty()) {
        refusals = refusals.compose(v -> refuse(f.expected(), f.refusal()).mapEmpty());
      }
    }
    return refusals.compose(v -> good.isEmpty() ? Future.succeededFuture(List.<DayIngested>of())
            : writer.writeBhavcopies(good))
        .map(written -> {
          written.forEach(BhavcopyIngest::logged);
          return files.stream().map(f -> f.day().isPresent() ? DayOutcome.INGESTED : DayOutcome.REFUSED).toList();
        });
  }

  public Future<DayOutcome> noFile(LocalDate day, String message) {
    LOG.info("Bhavcopy {}: {}", day, message);
    return IngestRecords.noFile(pool, IngestRecords.NSE_BHAVCOPY, day, message).map(DayOutcome.NO_FILE);
  }

  private Future<DayOutcome> refuse(LocalDate day, String message) {
    LOG.warn("Bhavcopy for {} refused whole, nothing written: {}", day, message);
    return IngestRecords.refused(pool, IngestRecords.NSE_BHAVCOPY, day, message).map(DayOutcome.REFUSED);
  }

  private static void logged(DayIngested done) {
    LOG.debug("Bhavcopy of {} ingested: {} candles", done.day(), done.candles());
    done.actions().forEach(a -> LOG.info("Corporate action {} ex {}: earlier candles scaled by {}", a.symbol(),
        a.exDate(), a.factor()));
    done.renames().forEach(r -> LOG.info("Symbol {} renamed {} (ISIN {}) from {}: history moved", r.oldSymbol(),
        r.newSymbol(), r.isin(), r.effective()));
  }
}
