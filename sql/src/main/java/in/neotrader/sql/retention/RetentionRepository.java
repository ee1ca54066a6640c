package in.neotrader.sql.retention;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Deletes what has outlived its retention period, in batches of {@link #BATCH} rows, each its own short
 * transaction, so a sweep never holds locks on a busy table for long. Orders, fills, positions, signals and P&L
 * are never deleted: they are the trader's records.
 */
public final class RetentionRepository {
  static final int BATCH = 5_000;

  /** What a sweep may delete, each by its own age column. */
  public enum Kind {
    TASK_RUNS("service_task_execution", "executed_at < $1"),
    SERVICE_LOGS("service_logs", "at < $1"),
    // Expired tokens only: a live one is a session, whatever its age.
    REFRESH_TOKENS("refresh_tokens", "expires_at < $1"),
    DELIVERED_NOTIFICATIONS("notification_outbox", "delivered_at < $1"),
    AUDIT("audit_log", "at < $1");

    private final String sql;

    Kind(String table, String older) {
      this.sql = "DELETE FROM " + table + " WHERE id IN (SELECT id FROM " + table + " WHERE " + older
          + " LIMIT " + BATCH + ")";
    }
  }

  private final Pool pool;

  public RetentionRepository(Pool pool) {
    this.pool = pool;
  }

  /** Deletes every row of {@code kind} older than {@code cutoff}; answers how many. */
  public Future<Long> deleteOlderThan(Kind kind, Instant cutoff) {
    return batch(kind, cutoff, 0);
  }

  private Future<Long> batch(Kind kind, Instant cutoff, long sofar) {
    return pool.preparedQuery(kind.sql).execute(Tuple.of(cutoff.atOffset(ZoneOffset.UTC)))
        .compose(rows -> rows.rowCount() < BATCH ? Future.succeededFuture(sofar + rows.rowCount())
            : batch(kind, cutoff, sofar + rows.rowCount()));
  }
}
