package in.neotrader.sql.database;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.Optional;

/**
 * The started database: a reactive pool for everyone, plus the embedded server when there is one
 * (closed with the database).
 */
public final class Database {
  private final Pool pool;
  private final Optional<EmbeddedPostgresServer> embedded;
  private final String description;
  private final boolean freshlyCreated;
  private final JdbcTarget jdbc;

  Database(Pool pool, Optional<EmbeddedPostgresServer> embedded, String description, boolean freshlyCreated,
      JdbcTarget jdbc) {
    this.pool = pool;
    this.jdbc = jdbc;
    this.embedded = embedded;
    this.description = description;
    this.freshlyCreated = freshlyCreated;
  }

  public Pool pool() {
    return pool;
  }

  /** The same database over JDBC, for a backfill's COPY (the reactive client has none). */
  public JdbcTarget jdbc() {
    return jdbc;
  }

  public boolean embedded() {
    return embedded.isPresent();
  }

  /** True when this start created the schema from nothing (used to offer the demo once). */
  public boolean freshlyCreated() {
    return freshlyCreated;
  }

  public String description() {
    return description;
  }

  /** Closes the pool, then stops the embedded server on a worker thread. */
  public Future<Void> close(io.vertx.core.Vertx vertx) {
    return pool.close().eventually(() -> vertx.executeBlocking(() -> {
      embedded.ifPresent(EmbeddedPostgresServer::close);
      return null;
    }, false)).mapEmpty();
  }
}
