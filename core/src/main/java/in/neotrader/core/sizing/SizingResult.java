package in.neotrader.core.sizing;

import java.math.BigDecimal;

/** The outcome of sizing one buy. */
public sealed interface SizingResult {

  /** Buy {@code quantity} shares; {@code executionCapital} is the rupee amount it was sized from. */
  record Sized(int quantity, BigDecimal executionCapital) implements SizingResult {}

  /** Do not place; {@code reason} decides what the caller does (a failed order only for cash). */
  record Rejected(Reason reason, String message) implements SizingResult {}

  enum Reason {
    /** Holdings plus pending buys already reach max_portfolio_size: stop the run. */
    PORTFOLIO_FULL,
    /** No usable close price. */
    NO_PRICE,
    /** The order would be too large a share of average volume: skip the symbol. */
    VOLUME_CEILING,
    /** Not enough cash: the legacy saves a failed order to retry (TRADING_RULES §8). */
    INSUFFICIENT_CASH
  }
}
