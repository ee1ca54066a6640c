package in.neotrader.core.orders;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Neutral order states (KOTAK_NEO §4). Orders change only by applying an {@link OrderEvent};
 * the table below is the whole state machine and every move not in it is a bug.
 */
public enum OrderState {
  /** Written with its client order id, not yet acknowledged by the broker. */
  NEW(false),
  AMO_PENDING(false),
  OPEN(false),
  PARTIALLY_FILLED(false),
  FILLED(true),
  CANCELLED(true),
  REJECTED(true),
  EXPIRED(true),
  FAILED(true);

  private static final Map<OrderState, Map<OrderEvent, OrderState>> TABLE = new EnumMap<>(OrderState.class);

  static {
    allow(NEW, OrderEvent.AMO_ACCEPTED, AMO_PENDING);
    allow(NEW, OrderEvent.ACCEPTED, OPEN);
    // After a timeout, reconciliation may find the order already traded or cancelled.
    allow(NEW, OrderEvent.PARTIALLY_FILLED, PARTIALLY_FILLED);
    allow(NEW, OrderEvent.FILLED, FILLED);
    allow(NEW, OrderEvent.CANCELLED, CANCELLED);
    allow(NEW, OrderEvent.REJECTED, REJECTED);
    allow(NEW, OrderEvent.SUBMIT_FAILED, FAILED);

    // Modifying an AMO is acknowledged as AMO again; an AMO the exchange refuses at the open is rejected.
    allow(AMO_PENDING, OrderEvent.AMO_ACCEPTED, AMO_PENDING);
    allow(AMO_PENDING, OrderEvent.ACCEPTED, OPEN);
    allow(AMO_PENDING, OrderEvent.PARTIALLY_FILLED, PARTIALLY_FILLED);
    allow(AMO_PENDING, OrderEvent.FILLED, FILLED);
    allow(AMO_PENDING, OrderEvent.CANCELLED, CANCELLED);
    allow(AMO_PENDING, OrderEvent.REJECTED, REJECTED);
    allow(AMO_PENDING, OrderEvent.EXPIRED, EXPIRED);

    // A fill racing our cancel request simply arrives here as FILLED: there is no cancel-requested state.
    allow(OPEN, OrderEvent.ACCEPTED, OPEN);
    allow(OPEN, OrderEvent.PARTIALLY_FILLED, PARTIALLY_FILLED);
    allow(OPEN, OrderEvent.FILLED, FILLED);
    allow(OPEN, OrderEvent.CANCELLED, CANCELLED);
    // A placement ack only says the broker received the order; its RMS or the exchange may still refuse it.
    allow(OPEN, OrderEvent.REJECTED, REJECTED);
    allow(OPEN, OrderEvent.EXPIRED, EXPIRED);

    // Further partial fills stay here; a cancel or expiry keeps the filled quantity on the order.
    allow(PARTIALLY_FILLED, OrderEvent.PARTIALLY_FILLED, PARTIALLY_FILLED);
    allow(PARTIALLY_FILLED, OrderEvent.FILLED, FILLED);
    allow(PARTIALLY_FILLED, OrderEvent.CANCELLED, CANCELLED);
    allow(PARTIALLY_FILLED, OrderEvent.EXPIRED, EXPIRED);
  }

  private final boolean terminal;

  OrderState(boolean terminal) {
    this.terminal = terminal;
  }

  private static void allow(OrderState from, OrderEvent event, OrderState to) {
    TABLE.computeIfAbsent(from, k -> new EnumMap<>(OrderEvent.class)).put(event, to);
  }

  /** No event moves a terminal order; a second FILLED is a duplicate fill. */
  /** Every state's name, in the order above: the one list the API's filters, the metrics and the UI use. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }

  public boolean isTerminal() {
    return terminal;
  }

  /** The state after {@code event}, or empty when the move is refused. */
  public Optional<OrderState> next(OrderEvent event) {
    return Optional.ofNullable(TABLE.getOrDefault(this, Map.of()).get(event));
  }

  /** The state after {@code event}. @throws IllegalOrderTransition when the move is refused */
  public OrderState apply(OrderEvent event) {
    return next(event).orElseThrow(() -> new IllegalOrderTransition(this, event));
  }

  /** The event that moves an order into {@code target} (used when reconciling with an order book). */
  public static OrderEvent eventLeadingTo(OrderState target) {
    return switch (target) {
      case AMO_PENDING -> OrderEvent.AMO_ACCEPTED;
      case OPEN -> OrderEvent.ACCEPTED;
      case PARTIALLY_FILLED -> OrderEvent.PARTIALLY_FILLED;
      case FILLED -> OrderEvent.FILLED;
      case CANCELLED -> OrderEvent.CANCELLED;
      case REJECTED -> OrderEvent.REJECTED;
      case EXPIRED -> OrderEvent.EXPIRED;
      case FAILED -> OrderEvent.SUBMIT_FAILED;
      case NEW -> throw new IllegalArgumentException("no event leads back to NEW");
    };
  }
}
