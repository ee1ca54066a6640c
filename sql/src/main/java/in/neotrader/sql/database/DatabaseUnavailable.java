package in.neotrader.sql.database;

/** The database cannot be reached or started; the server exits with code 3 and this message. */
public final class DatabaseUnavailable extends RuntimeException {
  public DatabaseUnavailable(String message) {
    super(message);
  }

  public DatabaseUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
