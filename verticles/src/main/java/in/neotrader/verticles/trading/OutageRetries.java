package in.neotrader.verticles.trading;

import in.neotrader.sql.errors.DatabaseOutage;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work of one user's service that the database kept from running or being recorded (an outage): tried again every
 * {@code retryMillis} of real time until it is done. Said in the application log at once, since the database
 * cannot hold the line yet. The service's stop cancels what is still waiting.
 */
final class OutageRetries {
  private static final Logger LOG = LoggerFactory.getLogger(OutageRetries.class);

  private final Vertx vertx;
  private final long userId;
  private final long retryMillis;
  private final Set<Long> waiting = new HashSet<>();

  OutageRetries(Vertx vertx, long userId, long retryMillis) {
    this.vertx = vertx;
    this.userId = userId;
    this.retryMillis = retryMillis;
  }

  /** When {@code failure} is an outage: {@code attempt} again later, and succeed now; else fail with it. */
  Future<Void> onOutage(Throwable failure, String what, Runnable attempt) {
    if (!DatabaseOutage.is(failure)) {
      return Future.failedFuture(failure);
    }
    LOG.warn("User {}: {} not done, database unavailable ({}); trying again in {} ms", userId, what,
        failure.getMessage(), retryMillis);
    long[] id = new long[1];
    id[0] = vertx.setTimer(retryMillis, t -> {
      waiting.remove(id[0]);
      attempt.run();
    });
    waiting.add(id[0]);
    return Future.succeededFuture();
  }

  /** Whether a run is waiting here for the database to come back. */
  boolean waiting() {
    return !waiting.isEmpty();
  }

  void cancelAll() {
    if (!waiting.isEmpty()) {
      LOG.warn("User {}: service stopped with {} runs not yet recorded (database unavailable)", userId, waiting.size());
    }
    waiting.forEach(vertx::cancelTimer);
    waiting.clear();
  }
}
