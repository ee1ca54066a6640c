package in.neotrader.migration;

import in.neotrader.migration.store.MigrationDatabase;
import in.neotrader.sql.database.DatabaseSettings;
import in.neotrader.sql.database.DatabaseUnavailable;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * A command that needs the database: DB_URL (or --db-url) for an external server, else the
 * embedded PostgreSQL of DATA_DIR. Maps failures to the contract's exit codes with one clear line.
 */
abstract class DatabaseCommand implements Callable<Integer> {
  @Option(names = "--db-url", defaultValue = "${env:DB_URL}",
      description = "postgresql://user:password@host:port/db (default: DB_URL); when unset, the embedded database of --data-dir")
  String dbUrl;

  @Option(names = "--data-dir", defaultValue = "${env:DATA_DIR:-./data}",
      description = "data directory of a local install, embedded PostgreSQL in <dir>/pg (default: DATA_DIR or ./data)")
  Path dataDir;

  @Option(names = "--pg-port", defaultValue = "${env:EMBEDDED_PG_PORT:-" + DatabaseSettings.DEFAULT_EMBEDDED_PORT + "}",
      description = "port for the embedded PostgreSQL (default: EMBEDDED_PG_PORT or ${DEFAULT-VALUE})")
  int pgPort;

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (DatabaseUnavailable e) {
      System.err.println("database unavailable: " + e.getMessage());
      return ExitCode.DATABASE_UNAVAILABLE;
    } catch (IllegalArgumentException e) {
      System.err.println("bad usage: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (Exception e) {
      System.err.println("unexpected error: " + e);
      e.printStackTrace(System.err);
      return ExitCode.UNEXPECTED;
    }
  }

  protected abstract int run() throws Exception;

  protected MigrationDatabase openDatabase() {
    return MigrationDatabase.open(dbUrl, dataDir, pgPort);
  }
}
