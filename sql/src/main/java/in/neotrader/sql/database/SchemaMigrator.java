package in.neotrader.sql.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the Flyway migrations of this module ({@code classpath:db/migration}). Blocking. */
public final class SchemaMigrator {
  private SchemaMigrator() {
  }

  public static MigrateResult migrate(String jdbcUrl, String user, String password) {
    return Flyway.configure()
        .dataSource(jdbcUrl, user, password)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
