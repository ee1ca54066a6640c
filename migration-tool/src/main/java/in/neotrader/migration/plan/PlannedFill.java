package in.neotrader.migration.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/** One execution of a planned (or already stored) order. */
public record PlannedFill(PlannedOrder order, int quantity, BigDecimal price, BigDecimal charges, Instant filledAt,
    String note, String legacyRef, ObjectNode legacy) {

  public BigDecimal value() {
    return price.multiply(BigDecimal.valueOf(quantity));
  }

  public boolean buy() {
    return "BUY".equals(order.side);
  }
}
