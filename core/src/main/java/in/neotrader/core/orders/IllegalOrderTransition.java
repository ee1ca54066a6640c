package in.neotrader.core.orders;

/** An event that the order state machine refuses: a bug or a broker report we must investigate. */
public final class IllegalOrderTransition extends IllegalStateException {

  public static final String CODE = "illegal_order_transition";

  private final OrderState from;
  private final OrderEvent event;

  public IllegalOrderTransition(OrderState from, OrderEvent event) {
    super(from.isTerminal()
        ? "order is already " + from + " (terminal); refused " + event
        : "order in state " + from + " cannot take event " + event);
    this.from = from;
    this.event = event;
  }

  public OrderState from() {
    return from;
  }

  public OrderEvent event() {
    return event;
  }

  public String code() {
    return CODE;
  }
}
