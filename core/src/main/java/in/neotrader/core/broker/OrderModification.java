package in.neotrader.core.broker;

import java.math.BigDecimal;

/** New limit price and quantity of a pending order; the legacy only ever lowers sell prices. */
public record OrderModification(BigDecimal price, int quantity) {

  public OrderModification {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be >= 1");
    }
    if (price != null && price.signum() <= 0) {
      throw new IllegalArgumentException("price must be > 0");
    }
  }
}
