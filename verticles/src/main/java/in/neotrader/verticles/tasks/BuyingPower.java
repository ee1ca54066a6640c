package in.neotrader.verticles.tasks;

import in.neotrader.core.paper.PaperCharges;
import java.math.BigDecimal;
import in.neotrader.sql.orders.Order;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one placement run may still buy: the symbols already taken (held or with a buy pending, counted against
 * max_portfolio_size) and the cash left after the buys placed so far.
 */
final class BuyingPower {

  private final Set<String> taken;
  private final int maxPortfolioSize;
  private BigDecimal cash;

  BuyingPower(Set<String> taken, BigDecimal cash, int maxPortfolioSize) {
    this.taken = new HashSet<>(taken);
    this.cash = cash;
    this.maxPortfolioSize = maxPortfolioSize;
  }

  boolean isTaken(String symbol) {
    return taken.contains(symbol);
  }

  boolean isFull() {
    return taken.size() >= maxPortfolioSize;
  }

  int portfolioCount() {
    return taken.size();
  }

  BigDecimal cash() {
    return cash;
  }

  /** Cash a buy of {@code quantity} at {@code price} needs, with the paper charges as a margin of safety. */
  static BigDecimal required(BigDecimal price, int quantity) {
    BigDecimal value = price.multiply(BigDecimal.valueOf(quantity));
    return value.add(PaperCharges.buy(value));
  }

  /** What the unfilled part of the pending buys among {@code open} will cost at their limits, charges included. */
  static BigDecimal reservedBy(List<Order> open) {
    return open.stream().filter(o -> "BUY".equals(o.side()) && o.price() != null)
        .map(o -> required(o.price(), o.quantity() - o.filledQuantity())).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A buy was placed (or found placed): its symbol counts and its cash is spoken for. */
  void spend(String symbol, BigDecimal price, int quantity) {
    taken.add(symbol);
    cash = cash.subtract(required(price, quantity));
  }
}
