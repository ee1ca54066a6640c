package in.neotrader.verticles.orders;

/**
 * A trader's own cancel or exit the service did not carry out, with a code for the API and a sentence for the
 * trader (shown as it is): market closed, no such position, a kill switch, the risk check, the broker's refusal.
 */
public final class TraderOrderRefused extends RuntimeException {
  private final String code;

  public TraderOrderRefused(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
