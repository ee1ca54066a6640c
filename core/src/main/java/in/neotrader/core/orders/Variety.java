package in.neotrader.core.orders;

/** REGULAR goes to the exchange now; AMO waits for the next session. */
public enum Variety {
  REGULAR, AMO
}
