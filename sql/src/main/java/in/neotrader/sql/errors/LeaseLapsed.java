package in.neotrader.sql.errors;

/**
 * The user's lease ran out with no other node taking it (an outage, a late heartbeat), so a fenced write was refused;
 * it is renewed since. The run is tried again, as one an outage kept from running is.
 */
public final class LeaseLapsed extends RuntimeException {
  public LeaseLapsed(LeaseLost refused) {
    super("lease ran out and was renewed: " + refused.getMessage(), refused);
  }
}
