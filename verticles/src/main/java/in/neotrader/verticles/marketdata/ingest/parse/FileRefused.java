package in.neotrader.verticles.marketdata.ingest.parse;

/** A source file that cannot be used as a whole (truncated, corrupt, unknown columns): nothing of it is written. */
public final class FileRefused extends Exception {
  public FileRefused(String message) {
    super(message);
  }

  public FileRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
