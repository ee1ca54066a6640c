package in.neotrader.verticles.marketdata.ingest;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.verticles.service.OneNodeLock;
import in.neotrader.sql.marketdata.IngestRecords;
import in.neotrader.verticles.trading.TaskTimers;
import in.neotrader.verticles.trading.VertxTaskTimers;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily bhavcopy ingest. On a trading day of the calendar, from INGEST_FROM (16:15 IST) it asks for the
 * day's file every INGEST_RETRY_MINUTES until it exists; at INGEST_UNTIL (22:00) a file still missing is
 * recorded no_file (an ad-hoc closure). A calendar closure expects nothing. Every node runs the job; the
 * advisory lock ({@link OneNodeLock}) and the ingest record make exactly one of them fetch each day.
 */
public final class DailyIngestJob {
  private static final Logger LOG = LoggerFactory.getLogger(DailyIngestJob.class);

  private final BhavcopyIngest ingest;
  private final Optional<ScripMasterRefresh> scripMaster;
  private final Pool pool;
  private final OneNodeLock lock;
  private final MarketDataSettings settings;
  private final TradingClock clock;
  private final NseCalendar calendar;
  private final TaskTimers timers;
  private volatile long armed = -1;
  private volatile boolean stopped;

  public DailyIngestJob(Vertx vertx, Pool pool, MarketDataSettings settings, TradingClock clock,
      NseCalendar calendar, TaskTimers timers) {
    this.ingest = new BhavcopyIngest(vertx, pool, settings);
    this.scripMaster = settings.kotakConsumerKey().map(key -> new ScripMasterRefresh(vertx, pool, settings));
    this.pool = pool;
    this.lock = new OneNodeLock(pool, OneNodeLock.MARKET_DATA_INGEST);
    this.settings = settings;
    this.clock = clock;
    this.calendar = calendar;
    this.timers = timers;
  }

  /** The server's one line: the job on Vert.x timers of {@code clock}, armed for its first attempt. */
  public static DailyIngestJob start(Vertx vertx, Pool pool, JsonObject config, TradingClock clock,
      NseCalendar calendar) {
    DailyIngestJob job = new DailyIngestJob(vertx, pool, MarketDataSettings.fromConfig(config), clock, calendar,
        new VertxTaskTimers(vertx));
    vertx.runOnContext(v -> job.arm());
    return job;
  }

  /** Arms the next attempt: today's from INGEST_FROM if today trades and is not past INGEST_UNTIL, else the next day's. */
  public void arm() {
    ZonedDateTime now = clock.nowIst();
    LocalDate today = now.toLocalDate();
    LocalDate day = calendar.isTradingDay(today) && now.toLocalTime().isBefore(settings.ingestUntil())
        ? today : calendar.nextTradingDay(today);
    Instant from = day.atTime(settings.ingestFrom()).atZone(TradingClock.IST).toInstant();
    schedule(day, from.isAfter(clock.now()) ? from : clock.now());
  }

  public void stop() {
    stopped = true;
    timers.cancel(armed);
  }

  private void schedule(LocalDate day, Instant at) {
    if (!stopped) {
      armed = timers.schedule(clock, at, 0, () -> attempt(day));
    }
  }

  /** One attempt at {@code day}; re-arms itself for a retry or for the next trading day. */
  Future<?> attempt(LocalDate day) {
    Instant giveUp = day.atTime(settings.ingestUntil()).atZone(TradingClock.IST).toInstant();
    boolean last = !clock.now().plus(settings.retryEvery()).isBefore(giveUp);
    return lock.ifFree(() -> IngestRecords.isSettled(pool, IngestRecords.NSE_BHAVCOPY, day)
            .compose(settled -> settled ? Future.succeededFuture(DayOutcome.INGESTED) : fetch(day, last)))
        .map(outcome -> outcome.orElseGet(() -> {
          LOG.debug("Bhavcopy {}: another node holds the ingest lock", day);
          return DayOutcome.NO_FILE;
        }))
        .recover(e -> {
          LOG.warn("Bhavcopy {}: {}", day, e.getMessage());
          return Future.succeededFuture(DayOutcome.REFUSED);
        })
        .onSuccess(outcome -> {
          if (outcome == DayOutcome.INGESTED || last) {
            LocalDate next = calendar.nextTradingDay(day);
            schedule(next, next.atTime(settings.ingestFrom()).atZone(TradingClock.IST).toInstant());
          } else {
            schedule(day, clock.now().plus(settings.retryEvery()));
          }
        });
  }

  private Future<DayOutcome> fetch(LocalDate day, boolean last) {
    Future<DayOutcome> done = ingest.ingest(day, false).compose(outcome -> outcome == DayOutcome.NO_FILE && last
        ? ingest.noFile(day, "no bhavcopy for " + day + " by " + settings.ingestUntil() + " IST (ad-hoc closure?)")
        : Future.succeededFuture(outcome));
    return scripMaster.map(s -> done.compose(outcome -> outcome != DayOutcome.INGESTED ? Future.succeededFuture(outcome)
        : s.refresh(day).otherwise(e -> 0).map(outcome))).orElse(done);
  }
}
