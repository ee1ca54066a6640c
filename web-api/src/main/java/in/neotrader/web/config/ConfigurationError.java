package in.neotrader.web.config;

/** Bad usage or configuration: the server exits with code 2 and this message. */
public final class ConfigurationError extends RuntimeException {
  public ConfigurationError(String message) {
    super(message);
  }

  public ConfigurationError(String message, Throwable cause) {
    super(message, cause);
  }
}
