package in.neotrader.verticles.marketdata.ingest;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.sql.marketdata.IngestRecords;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history the strategy needs (the legacy reads 1,825 calendar days), from the bhavcopy day by day, oldest
 * first (so each ex-date finds the candle before it). Resumable: days already ingested or known to have no
 * file are skipped. A past day's 404 is the truth (an ad-hoc closure) and is recorded no_file.
 */
public final class Backfill {
  private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);

  /** Progress after each day: days done, days to do, the day just handled. */
  public interface Progress {
    void step(int done, int total, LocalDate day, DayOutcome outcome);
  }

  /** Days written, days without a file, days refused. */
  public record Result(int ingested, int noFile, int refused, int skipped) {}

  private final Pool pool;
  private final BhavcopyIngest ingest;
  private final NseCalendar calendar;

  public Backfill(Pool pool, BhavcopyIngest ingest, NseCalendar calendar) {
    this.pool = pool;
    this.ingest = ingest;
    this.calendar = calendar;
  }

  /** Trading days of [from, to] (calendar closures are not asked for). */
  public Future<Result> run(LocalDate from, LocalDate to, Progress progress) {
    return IngestRecords.settledDays(pool, IngestRecords.NSE_BHAVCOPY, from, to).compose(settled -> {
      List<LocalDate> days = new ArrayList<>();
      int skipped = 0;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (!calendar.isTradingDay(d)) {
          continue;
        }
        if (settled.contains(d)) {
          skipped++;
        } else {
          days.add(d);
        }
      }
      LOG.info("Backfill {} to {}: {} trading days to fetch, {} already held", from, to, days.size(), skipped);
      int[] counts = new int[3];
      Future<Void> chain = Future.succeededFuture();
      for (int i = 0; i < days.size(); i++) {
        LocalDate day = days.get(i);
        int done = i + 1;
        chain = chain.compose(v -> ingest.ingest(day, true)).map(outcome -> {
          counts[outcome.ordinal()]++;
          report(done, days.size(), day, outcome, progress);
          return null;
        });
      }
      int held = skipped;
      return chain.map(v -> new Result(counts[0], counts[1], counts[2], held));
    });
  }

  static void report(int done, int total, LocalDate day, DayOutcome outcome, Progress progress) {
    progress.step(done, total, day, outcome);
    int percent = done * 100 / total;
    if (done == total || percent / 5 != (done - 1) * 100 / total / 5) {
      LOG.info("Backfill {}% ({} of {} days, last {} {})", percent, done, total, day, outcome);
    }
  }
}
