package in.neotrader.core.orders;

/** Broker product: CNC is delivery, the only one the strategy uses. */
public enum Product {
  CNC, MIS, NRML
}
