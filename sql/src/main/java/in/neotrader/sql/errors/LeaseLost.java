package in.neotrader.sql.errors;

/**
 * The node no longer holds the user's lease at this epoch: another node may be trading for the user, so
 * this node must stop writing orders and give the user up.
 */
public final class LeaseLost extends WriteRefused {
  public LeaseLost(long userId, long leaseEpoch) {
    super("lease_lost", "Lease epoch " + leaseEpoch + " of user " + userId + " is no longer held", null);
  }
}
