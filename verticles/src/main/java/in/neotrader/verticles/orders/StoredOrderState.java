package in.neotrader.verticles.orders;

import in.neotrader.core.orders.OrderState;

/** The orders.status column names core's NEW "PENDING_SUBMIT"; every other state keeps its name. */
public final class StoredOrderState {

  private static final String PENDING_SUBMIT = "PENDING_SUBMIT";

  private StoredOrderState() {}

  public static OrderState of(String stored) {
    return PENDING_SUBMIT.equals(stored) ? OrderState.NEW : OrderState.valueOf(stored);
  }

  public static String stored(OrderState state) {
    return state == OrderState.NEW ? PENDING_SUBMIT : state.name();
  }
}
