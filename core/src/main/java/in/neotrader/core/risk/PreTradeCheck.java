package in.neotrader.core.risk;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one pre-trade check every order path applies: the first limit an order would cross, or empty. Sells that
 * close a position are never refused for capital or positions (refusing an exit adds risk), only for the day's
 * order count.
 */
public final class PreTradeCheck {

  /** Which limit refused an order, and why, in words a trader reads on the order. */
  public record Refusal(String limit, String message) {
    /** How the status reason of a refused order starts. */
    public static final String PREFIX = "refused by the risk limit ";

    public String describe() {
      return PREFIX + limit + ": " + message;
    }
  }

  private PreTradeCheck() {}

  public static Optional<Refusal> check(RiskLimits limits, Exposure exposure, ProposedOrder order) {
    if (exposure.ordersToday() >= limits.maxOrdersPerDay()) {
      return refusal("max_orders_per_day", exposure.ordersToday() + " orders today, the limit is "
          + limits.maxOrdersPerDay());
    }
    if (!order.isBuy()) {
      return Optional.empty();
    }
    if (limits.maxOrderValue().filter(max -> order.value().compareTo(max) > 0).isPresent()) {
      return refusal("max_order_value", "₹" + plain(order.value()) + " is over ₹"
          + plain(limits.maxOrderValue().get()));
    }
    if (!exposure.symbols().contains(order.symbol()) && exposure.symbols().size() >= limits.maxOpenPositions()) {
      return refusal("max_portfolio_size", exposure.symbols().size() + " positions held or pending, the limit is "
          + limits.maxOpenPositions());
    }
    BigDecimal deployedAfter = exposure.deployed().add(order.value());
    if (limits.maxCapitalDeployed().filter(max -> deployedAfter.compareTo(max) > 0).isPresent()) {
      return refusal("max_capital_deployed", "₹" + plain(deployedAfter) + " would be deployed (positions and "
          + "pending buys), over ₹" + plain(limits.maxCapitalDeployed().get()));
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refusal(String limit, String message) {
    return Optional.of(new Refusal(limit, message));
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
