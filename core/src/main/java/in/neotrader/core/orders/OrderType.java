package in.neotrader.core.orders;

/** How the price is set; stop orders are not used by the strategy. */
public enum OrderType {
  MARKET, LIMIT
}
