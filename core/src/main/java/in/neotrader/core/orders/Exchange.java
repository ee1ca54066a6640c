package in.neotrader.core.orders;

/** Where the order is routed. */
public enum Exchange {
  NSE, BSE
}
