package in.neotrader.sql.risk;

import java.time.Instant;
import java.util.Optional;

/**
 * One active kill switch. {@code userId} is empty for the deployment's.
 *
 * @param cancelOpenOrders whether the open orders were to be cancelled when it was set
 */
public record TradingHalt(Optional<Long> userId, HaltLevel level, String reason, boolean cancelOpenOrders,
    Optional<Long> setBy, Instant setAt) {

  /** What an order refused by this switch records, e.g. "kill switch (admin): margin call". */
  public String describe() {
    String by = switch (level) {
      case USER -> "set by the trader";
      case ADMIN -> "set by an admin";
      case DEPLOYMENT -> "whole deployment, set by an admin";
    };
    return "kill switch (" + by + "): " + reason;
  }
}
