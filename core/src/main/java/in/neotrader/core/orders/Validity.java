package in.neotrader.core.orders;

/** How long an unfilled order lives; Kotak refuses GTC. */
public enum Validity {
  DAY, IOC
}
