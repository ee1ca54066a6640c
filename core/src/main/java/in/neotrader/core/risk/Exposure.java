package in.neotrader.core.risk;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * What a user has at risk when an order is checked: the symbols held or with a buy pending, the cost of the open
 * positions plus the value the pending buys reserve, and today's new orders. {@link #with} adds an order that passed,
 * so the next order of the same batch (or a second run-now) sees the rupees already spoken for.
 */
public record Exposure(Set<String> symbols, BigDecimal deployed, int ordersToday) {

  public Exposure {
    symbols = Set.copyOf(symbols);
  }

  public Exposure with(ProposedOrder order) {
    Set<String> after = new HashSet<>(symbols);
    if (order.isBuy()) {
      after.add(order.symbol());
    }
    return new Exposure(after, order.isBuy() ? deployed.add(order.value()) : deployed, ordersToday + 1);
  }
}
