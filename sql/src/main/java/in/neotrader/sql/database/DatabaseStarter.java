package in.neotrader.sql.database;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.util.Optional;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the rest of the service a migrated database: the embedded PostgreSQL under DATA_DIR, or
 * the external one of DB_URL (then nothing embedded starts). Blocking steps (process start,
 * Flyway over JDBC) run on worker threads; failures surface as {@link DatabaseUnavailable}.
 */
public final class DatabaseStarter {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseStarter.class);

  private DatabaseStarter() {
  }

  public static Future<Database> start(Vertx vertx, DatabaseSettings settings) {
    return settings.externalUrl().map(url -> startExternal(vertx, settings, url)).orElseGet(() -> startEmbedded(vertx, settings));
  }

  private static Future<Database> startEmbedded(Vertx vertx, DatabaseSettings settings) {
    return vertx.executeBlocking(() -> {
      EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings.dataDir(), settings.embeddedPort());
      try {
        MigrateResult result = migrate(server.jdbcUrl("postgres"), "postgres", server.password());
        return new Started(server, result.initialSchemaVersion == null);
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
    }, false).map(started -> new Database(
        pool(vertx, started.server.connectOptions("postgres"), settings),
        Optional.of(started.server),
        "embedded PostgreSQL on 127.0.0.1:" + started.server.port() + " (" + settings.postgresDirectory() + ")",
        started.fresh, new JdbcTarget(started.server.jdbcUrl("postgres"), "postgres", started.server.password())));
  }

  private static Future<Database> startExternal(Vertx vertx, DatabaseSettings settings, ExternalDatabaseUrl url) {
    return vertx.executeBlocking(() -> migrate(url.jdbcUrl(), url.user(), url.password()), false)
        .map(result -> new Database(pool(vertx, url.connectOptions(), settings), Optional.empty(),
            "PostgreSQL " + url.describe(), result.initialSchemaVersion == null,
            new JdbcTarget(url.jdbcUrl(), url.user(), url.password())));
  }

  private static MigrateResult migrate(String jdbcUrl, String user, String password) {
    try {
      MigrateResult result = SchemaMigrator.migrate(jdbcUrl, user, password);
      if (result.migrationsExecuted > 0) {
        LOG.info("Schema migrated to version {} ({} migrations applied)", result.targetSchemaVersion, result.migrationsExecuted);
      } else {
        LOG.info("Schema up to date");
      }
      return result;
    } catch (org.flywaydb.core.api.FlywayException e) {
      throw new DatabaseUnavailable("database " + jdbcUrl + " is unreachable or refused the schema migration: "
          + firstLine(e), e);
    }
  }

  private static io.vertx.sqlclient.Pool pool(Vertx vertx, PgConnectOptions options, DatabaseSettings settings) {
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(settings.poolSize()).setShared(false))
        .connectingTo(options.setCachePreparedStatements(true).setPipeliningLimit(16))
        .using(vertx)
        .build();
  }

  private static String firstLine(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private record Started(EmbeddedPostgresServer server, boolean fresh) {
  }
}
