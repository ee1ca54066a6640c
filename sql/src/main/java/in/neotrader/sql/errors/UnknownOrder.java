package in.neotrader.sql.errors;

/** The order does not exist, or belongs to another user (the two are deliberately indistinguishable). */
public final class UnknownOrder extends WriteRefused {
  public UnknownOrder(long orderId) {
    super("unknown_order", "No such order: " + orderId, null);
  }
}
