package in.neotrader.core.paper;

import in.neotrader.core.broker.Holding;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a paper account needs to continue after a restart; the verticle rebuilds it from the
 * database. {@code nextOrderNumber} keeps ids unique across restarts (the legacy restarted at 1).
 */
public record PaperBrokerState(BigDecimal cash, List<Holding> holdings, List<PaperOrder> orders, long nextOrderNumber) {

  public PaperBrokerState {
    holdings = List.copyOf(holdings);
    orders = List.copyOf(orders);
    if (nextOrderNumber < 1) {
      throw new IllegalArgumentException("nextOrderNumber must be >= 1");
    }
  }

  /** A fresh account with {@code initialCapital} in cash. */
  public static PaperBrokerState initial(BigDecimal initialCapital) {
    return new PaperBrokerState(initialCapital, List.of(), List.of(), 1);
  }
}
