package in.neotrader.migration.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/** One trade cycle of a symbol, rebuilt by replaying fills. */
public record PlannedPosition(String legacyRef, String symbol, int quantity, BigDecimal averagePrice,
    BigDecimal realisedPnl, BigDecimal fees, Instant openedAt, Instant closedAt, String exitReason,
    ObjectNode cycleDetails) {

  public boolean open() {
    return closedAt == null;
  }
}
