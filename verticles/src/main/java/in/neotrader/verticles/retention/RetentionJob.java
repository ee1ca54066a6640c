package in.neotrader.verticles.retention;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.retention.RetentionRepository;
import in.neotrader.sql.retention.RetentionRepository.Kind;
import in.neotrader.verticles.service.OneNodeLock;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily sweep of what has outlived its retention (task runs, service logs, expired refresh tokens, delivered
 * notifications, the audit trail last), on one node of the deployment at a time; it says what it deleted. Without
 * it every user adds some 375 sell_monitor runs a day, forever.
 */
public final class RetentionJob {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

  private final Vertx vertx;
  private final RetentionRepository repository;
  private final OneNodeLock lock;
  private final RetentionSettings settings;
  private final TradingClock clock;
  private long timer = -1;

  public RetentionJob(Vertx vertx, Pool pool, RetentionSettings settings, TradingClock clock) {
    this.vertx = vertx;
    this.repository = new RetentionRepository(pool);
    this.lock = new OneNodeLock(pool, OneNodeLock.RETENTION);
    this.settings = settings;
    this.clock = clock;
  }

  /** Arms the sweep for its next time of day. */
  public RetentionJob start() {
    ZonedDateTime now = clock.nowIst();
    ZonedDateTime next = now.toLocalDate().atTime(settings.at()).atZone(TradingClock.IST);
    Instant at = (next.isAfter(now) ? next : next.plusDays(1)).toInstant();
    timer = vertx.setTimer(Math.max(1, clock.realDelayMillis(at)), id -> sweep().onComplete(done -> start()));
    return this;
  }

  public void stop() {
    vertx.cancelTimer(timer);
  }

  /** Deletes what is past its period now; empty when another node is sweeping. */
  public Future<Optional<Map<Kind, Long>>> sweep() {
    Instant now = clock.now();
    return lock.ifFree(() -> {
      Map<Kind, Long> deleted = new EnumMap<>(Kind.class);
      Future<Void> chain = Future.succeededFuture();
      for (Kind kind : Kind.values()) {
        Instant cutoff = now.minus(Duration.ofDays(settings.days().get(kind)));
        chain = chain.compose(v -> repository.deleteOlderThan(kind, cutoff).map(n -> {
          deleted.put(kind, n);
          return null;
        }));
      }
      return chain.map(v -> deleted);
    }).onSuccess(done -> done.ifPresent(deleted -> LOG.info("Retention sweep deleted {} (older than {} days)",
        deleted, settings.days())))
        .onFailure(e -> LOG.error("Retention sweep failed: {}", e.getMessage()));
  }
}
