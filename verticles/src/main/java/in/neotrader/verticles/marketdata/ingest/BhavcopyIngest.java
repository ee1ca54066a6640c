package in.neotrader.verticles.marketdata.ingest;

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
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bhavcopy day: fetch (or read the cache), parse on a worker thread, write in one transaction. A file that
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
    this.vertx = vertx;
    this.pool = pool;
    this.fetcher = new CachingFetcher(vertx, settings.cacheDir().resolve("nse"), settings.fetchAttempts(),
        settings.fetchBackoff());
    this.archives = new NseArchives(settings);
    this.writer = new MarketDataWriter(pool);
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

  /** Writes a bhavcopy zip the operator downloaded (or a cached one); {@code expected} is the day its name says. */
  public Future<DayOutcome> write(LocalDate expected, String fileName, byte[] zip) {
    return vertx.executeBlocking(() -> parse(fileName, zip), false).compose(parsed -> {
      if (parsed instanceof FileRefused refused) {
        return refuse(expected, refused.getMessage());
      }
      BhavcopyDay file = (BhavcopyDay) parsed;
      if (!file.day().equals(expected)) {
        return refuse(expected, fileName + ": dated " + file.day() + " inside, expected " + expected);
      }
      return writer.writeBhavcopy(file).map(done -> logged(fileName, done)).map(DayOutcome.INGESTED);
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

  private static Object parse(String fileName, byte[] zip) {
    try {
      return BhavcopyParser.parse(fileName, zip);
    } catch (FileRefused e) {
      return e;
    }
  }

  private static DayIngested logged(String fileName, DayIngested done) {
    LOG.debug("Bhavcopy {} ingested: {} candles", fileName, done.candles());
    done.actions().forEach(a -> LOG.info("Corporate action {} ex {}: earlier candles scaled by {}", a.symbol(),
        a.exDate(), a.factor()));
    done.renames().forEach(r -> LOG.info("Symbol {} renamed {} (ISIN {}) from {}: history moved", r.oldSymbol(),
        r.newSymbol(), r.isin(), r.effective()));
    return done;
  }
}
