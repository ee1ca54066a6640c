package in.neotrader.verticles.service;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work exactly one node of the deployment does (the daily ingest, the retention sweep): a PostgreSQL session
 * advisory lock, held on a dedicated connection for the whole attempt and released (or dropped with the
 * connection if the node dies). A node that does not get it skips.
 */
public final class OneNodeLock {
  /** "NSEB" as a number: the market data ingest. */
  public static final long MARKET_DATA_INGEST = 0x4E534542L;
  /** "RETN" as a number: the retention sweep. */
  public static final long RETENTION = 0x5245544EL;

  private final Pool pool;
  private final long key;

  public OneNodeLock(Pool pool, long key) {
    this.pool = pool;
    this.key = key;
  }

  /** Runs {@code work} while holding the lock; empty when another node holds it. */
  public <T> Future<Optional<T>> ifFree(Supplier<Future<T>> work) {
    return pool.getConnection().compose(conn -> conn.preparedQuery("SELECT pg_try_advisory_lock($1) AS got")
        .execute(Tuple.of(key))
        .compose(rows -> {
          if (!rows.iterator().next().getBoolean("got")) {
            return Future.succeededFuture(Optional.<T>empty());
          }
          return work.get().map(Optional::of).eventually(() ->
              conn.preparedQuery("SELECT pg_advisory_unlock($1)").execute(Tuple.of(key)));
        })
        .eventually(conn::close));
  }
}
