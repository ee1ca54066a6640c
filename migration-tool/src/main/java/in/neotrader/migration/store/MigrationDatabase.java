package in.neotrader.migration.store;

import in.neotrader.sql.database.DatabaseUnavailable;
import in.neotrader.sql.database.EmbeddedPostgresServer;
import in.neotrader.sql.database.ExternalDatabaseUrl;
import in.neotrader.sql.database.SchemaMigrator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A JDBC connection to the migrated database: the external DB_URL, or the embedded PostgreSQL of
 * DATA_DIR, which takes the data directory lock and so refuses while a server uses the directory.
 * The tool is a batch job, so plain blocking JDBC (and COPY) is the right tool here.
 */
public final class MigrationDatabase implements AutoCloseable {
  private final Optional<EmbeddedPostgresServer> embedded;
  private final Connection connection;
  private final String description;

  private MigrationDatabase(Optional<EmbeddedPostgresServer> embedded, Connection connection, String description) {
    this.embedded = embedded;
    this.connection = connection;
    this.description = description;
  }

  public static MigrationDatabase open(String dbUrl, Path dataDir, int embeddedPort) {
    if (dbUrl != null && !dbUrl.isBlank()) {
      ExternalDatabaseUrl url = ExternalDatabaseUrl.parse(dbUrl);
      migrate(url.jdbcUrl(), url.user(), url.password());
      return new MigrationDatabase(Optional.empty(), connect(url.jdbcUrl(), url.user(), url.password()),
          "PostgreSQL " + url.describe());
    }
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.toAbsolutePath().normalize(), embeddedPort);
    try {
      String jdbc = server.jdbcUrl("postgres");
      migrate(jdbc, "postgres", server.password());
      return new MigrationDatabase(Optional.of(server), connect(jdbc, "postgres", server.password()),
          "embedded PostgreSQL in " + dataDir.resolve("pg"));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  public Connection connection() {
    return connection;
  }

  public String description() {
    return description;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing anyway
    }
    embedded.ifPresent(EmbeddedPostgresServer::close);
  }

  private static void migrate(String jdbcUrl, String user, String password) {
    try {
      SchemaMigrator.migrate(jdbcUrl, user, password);
    } catch (org.flywaydb.core.api.FlywayException e) {
      throw new DatabaseUnavailable("database " + jdbcUrl + " is unreachable or refused the schema migration: "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }

  private static Connection connect(String jdbcUrl, String user, String password) {
    try {
      // Batched INSERTs rewritten to multi-row ones for the small tables.
      Connection c = DriverManager.getConnection(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
          user, password);
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      throw new DatabaseUnavailable("cannot connect to " + jdbcUrl + ": " + e.getMessage(), e);
    }
  }
}
