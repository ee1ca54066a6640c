package in.neotrader.core.paper;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Paper charges (TRADING_RULES §9), as a share of order value: brokerage 0.03 %, GST 18 % of it,
 * exchange 0.00325 %, SEBI 0.0001 %, plus stamp 0.003 % on buys or STT 0.1 % on sells.
 */
public final class PaperCharges {

  public static final BigDecimal BUY_RATE = new BigDecimal("0.0004175");
  public static final BigDecimal SELL_RATE = new BigDecimal("0.0013875");

  private PaperCharges() {}

  /** Rounded to 4 decimals: the legacy kept them unrounded, the database keeps 4. */
  public static BigDecimal buy(BigDecimal value) {
    return value.multiply(BUY_RATE).setScale(4, RoundingMode.HALF_UP);
  }

  public static BigDecimal sell(BigDecimal value) {
    return value.multiply(SELL_RATE).setScale(4, RoundingMode.HALF_UP);
  }
}
