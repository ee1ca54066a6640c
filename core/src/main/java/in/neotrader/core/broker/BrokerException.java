package in.neotrader.core.broker;

/** A broker call failed; {@link #code()} says what the caller may do next. */
public final class BrokerException extends RuntimeException {

  public enum Code {
    /** No answer in time: the order may or may not exist; ask the order book before resending. */
    TIMEOUT,
    /** The broker refused the request (bad price, quantity, symbol, funds). Do not retry as is. */
    REJECTED,
    /** Log in again before the next call. */
    SESSION_EXPIRED,
    /** Broker down or rate-limited; retry later. */
    UNAVAILABLE,
    /** The order or symbol is not known to the broker. */
    NOT_FOUND,
    /** The request was malformed before it was sent; a bug on our side. */
    INVALID_REQUEST
  }

  private final Code code;

  public BrokerException(Code code, String message) {
    super(message);
    this.code = code;
  }

  public BrokerException(Code code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public Code code() {
    return code;
  }

  /** Whether sending the same request again later can succeed. */
  public boolean isRetryable() {
    return code == Code.UNAVAILABLE || code == Code.SESSION_EXPIRED;
  }

  @Override
  public String getMessage() {
    return code + ": " + super.getMessage();
  }
}
