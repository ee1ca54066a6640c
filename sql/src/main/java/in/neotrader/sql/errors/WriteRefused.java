package in.neotrader.sql.errors;

/**
 * A write the database refused for a reason the caller can act on (a duplicate, a bad value, a missing
 * reference, a lost lease). {@link #code()} is stable and meant for the API's error body.
 */
public abstract sealed class WriteRefused extends RuntimeException
    permits DuplicateClientOrderId, EmailAlreadyRegistered, DuplicateValue, InvalidValue, UnknownUser, UnknownOrder,
    LeaseLost {
  private final String code;

  protected WriteRefused(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
