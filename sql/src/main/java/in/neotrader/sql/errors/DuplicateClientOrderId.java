package in.neotrader.sql.errors;

/** The same order intent (user, day, task, symbol, side, leg) was written before: it must not be placed twice. */
public final class DuplicateClientOrderId extends WriteRefused {
  public DuplicateClientOrderId(String detail, Throwable cause) {
    super("duplicate_client_order_id", "An order with this client order id already exists: " + detail, cause);
  }
}
