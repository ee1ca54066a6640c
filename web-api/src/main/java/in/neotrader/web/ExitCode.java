package in.neotrader.web;

import in.neotrader.sql.database.DatabaseUnavailable;
import in.neotrader.web.config.ConfigurationError;
import java.net.BindException;

/** The operator contract's exit codes: 1 unexpected, 2 bad usage or configuration, 3 database unavailable. */
public enum ExitCode {
  OK(0), UNEXPECTED(1), CONFIGURATION(2), DATABASE_UNAVAILABLE(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static ExitCode of(Throwable failure) {
    if (failure instanceof DatabaseUnavailable) {
      return DATABASE_UNAVAILABLE;
    }
    if (failure instanceof ConfigurationError || failure instanceof IllegalArgumentException
        || failure instanceof BindException) {
      return CONFIGURATION;
    }
    return UNEXPECTED;
  }
}
