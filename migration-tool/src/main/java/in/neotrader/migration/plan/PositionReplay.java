package in.neotrader.migration.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Rebuilds positions from fills, one row per trade cycle: a buy from zero opens a cycle (weighted
 * average on further buys), sells realise P&L against the average, and quantity zero closes it.
 * Legacy quantities and holdings are only compared with the result, never trusted over it.
 */
public final class PositionReplay {
  private PositionReplay() {
  }

  /** Cycles per symbol, in time order; oversells are reported and clamped at zero. */
  public static List<PlannedPosition> cycles(UserPlan user, List<PlannedFill> fills, Consumer<String> oversold) {
    Map<String, List<PlannedFill>> bySymbol = new TreeMap<>();
    fills.forEach(f -> bySymbol.computeIfAbsent(f.order().symbol, s -> new ArrayList<>()).add(f));
    List<PlannedPosition> positions = new ArrayList<>();
    bySymbol.forEach((symbol, list) -> {
      list.sort(Comparator.comparing(PlannedFill::filledAt).thenComparing(f -> f.buy() ? 0 : 1));
      Cycle cycle = null;
      for (PlannedFill f : list) {
        if (f.buy()) {
          cycle = cycle == null ? new Cycle(symbol, f.filledAt()) : cycle;
          cycle.buy(f);
        } else if (cycle == null) {
          oversold.accept(symbol + ": sell of " + f.quantity() + " at " + f.filledAt() + " without an open position");
        } else {
          int excess = cycle.sell(f);
          if (excess > 0) {
            oversold.accept(symbol + ": sell at " + f.filledAt() + " exceeds the position by " + excess);
          }
          if (cycle.quantity == 0) {
            positions.add(cycle.toPosition(user, f.filledAt(), f.order().metadata.path("exit_reason").asText(null)));
            cycle = null;
          }
        }
      }
      if (cycle != null) {
        positions.add(cycle.toPosition(user, null, null));
      }
    });
    return positions;
  }

  private static final class Cycle {
    final String symbol;
    final Instant openedAt;
    int quantity;
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal average = BigDecimal.ZERO;
    BigDecimal realised = BigDecimal.ZERO;
    BigDecimal fees = BigDecimal.ZERO;
    int fillCount;

    Cycle(String symbol, Instant openedAt) {
      this.symbol = symbol;
      this.openedAt = openedAt;
    }

    /** The average is worked out when a sell or the position needs it: a cycle of hundreds of buys divides once. */
    boolean averageDue;

    void buy(PlannedFill f) {
      quantity += f.quantity();
      cost = cost.add(f.value());
      averageDue = true;
      fees = fees.add(f.charges());
      fillCount++;
    }

    private void settleAverage() {
      if (averageDue) {
        average = cost.divide(BigDecimal.valueOf(quantity), 10, RoundingMode.HALF_UP);
        averageDue = false;
      }
    }

    int sell(PlannedFill f) {
      settleAverage();
      int sold = Math.min(f.quantity(), quantity);
      realised = realised.add(f.price().subtract(average).multiply(BigDecimal.valueOf(sold)));
      quantity -= sold;
      cost = average.multiply(BigDecimal.valueOf(quantity));
      fees = fees.add(f.charges());
      fillCount++;
      return f.quantity() - sold;
    }

    PlannedPosition toPosition(UserPlan user, Instant closedAt, String exitReason) {
      settleAverage();
      ObjectNode details = LegacyJson.object();
      details.put("fills", fillCount);
      return new PlannedPosition(user.ref("positions", symbol + "@" + openedAt), symbol, quantity,
          average.setScale(4, RoundingMode.HALF_UP), realised.setScale(2, RoundingMode.HALF_UP),
          fees.setScale(4, RoundingMode.HALF_UP), openedAt, closedAt, exitReason, details);
    }
  }
}
