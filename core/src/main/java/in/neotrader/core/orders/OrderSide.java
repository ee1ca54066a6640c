package in.neotrader.core.orders;

/** Buy or sell. */
public enum OrderSide {
  BUY, SELL
}
