package in.neotrader.verticles.marketdata.ingest;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exactly one node ingests: a PostgreSQL session advisory lock, held on a dedicated connection for the whole
 * attempt and released (or dropped with the connection if the node dies). A node that does not get it skips.
 */
public final class IngestLock {
  /** "NSEB" as a number: the deployment's one market data ingest lock. */
  static final long KEY = 0x4E534542L;

  private final Pool pool;

  public IngestLock(Pool pool) {
    this.pool = pool;
  }

  /** Runs {@code work} while holding the lock; empty when another node holds it. */
  public <T> Future<Optional<T>> ifFree(Supplier<Future<T>> work) {
    return pool.getConnection().compose(conn -> conn.preparedQuery("SELECT pg_try_advisory_lock($1) AS got")
        .execute(Tuple.of(KEY))
        .compose(rows -> {
          if (!rows.iterator().next().getBoolean("got")) {
            return Future.succeededFuture(Optional.<T>empty());
          }
          return work.get().map(Optional::of).eventually(() ->
              conn.preparedQuery("SELECT pg_advisory_unlock($1)").execute(Tuple.of(KEY)));
        })
        .eventually(conn::close));
  }
}
