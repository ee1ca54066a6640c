package in.neotrader.sql.database;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the database is: an external server ({@code DB_URL}) or the embedded one under
 * {@code DATA_DIR/pg} on {@code EMBEDDED_PG_PORT}.
 */
public record DatabaseSettings(Path dataDir, Optional<ExternalDatabaseUrl> externalUrl, int embeddedPort, int poolSize) {

  public static final int DEFAULT_EMBEDDED_PORT = 54329;
  /**
   * Enough for the 09:15 and 16:05 bursts, when every user's task writes at once: each run holds a connection for
   * a few pipelined statements. More than about 8 per core only adds PostgreSQL processes competing for it.
   */
  public static final int DEFAULT_POOL_SIZE = 16;

  public static DatabaseSettings fromConfig(JsonObject config) {
    String dbUrl = config.getString("DB_URL", "");
    return new DatabaseSettings(
        Path.of(config.getString("DATA_DIR", "./data")).toAbsolutePath().normalize(),
        dbUrl.isBlank() ? Optional.empty() : Optional.of(ExternalDatabaseUrl.parse(dbUrl)),
        intSetting(config, "EMBEDDED_PG_PORT", DEFAULT_EMBEDDED_PORT),
        intSetting(config, "DB_POOL_SIZE", DEFAULT_POOL_SIZE));
  }

  public boolean embedded() {
    return externalUrl.isEmpty();
  }

  public Path postgresDirectory() {
    return dataDir.resolve("pg");
  }

  private static int intSetting(JsonObject config, String key, int fallback) {
    Object value = config.getValue(key);
    if (value == null || value.toString().isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'");
    }
  }
}
