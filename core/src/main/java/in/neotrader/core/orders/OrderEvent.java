package in.neotrader.core.orders;

/** What the broker (or our own submission) reports about an order; applied to {@link OrderState}. */
public enum OrderEvent {
  /** Broker acknowledged an after-market order; it waits for the next session. */
  AMO_ACCEPTED,
  /** The order is live at the exchange (or an AMO was released at the open, or a modify was acknowledged). */
  ACCEPTED,
  /** Some, not all, of the quantity traded. */
  PARTIALLY_FILLED,
  /** The whole quantity traded. */
  FILLED,
  /** The broker confirmed a cancel (ours, the user's, or an IOC remainder). */
  CANCELLED,
  /** Broker or exchange refused the order. */
  REJECTED,
  /** A DAY order was still open at the close, or vanished from the next day's book. */
  EXPIRED,
  /** We know for certain the order never reached the broker (refused before sending, or not in the book after a timeout). */
  SUBMIT_FAILED
}
