package in.neotrader.core.sizing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * NSE cash-market tick sizes by price band (TRADING_RULES §10, since 15 Apr 2025). The scrip
 * master's per-instrument tick wins when known: use {@link #fixed(BigDecimal)}.
 */
public final class TickSize {

  private static final BigDecimal[][] BANDS = {
      {new BigDecimal("250"), new BigDecimal("0.01")},
      {new BigDecimal("1000"), new BigDecimal("0.05")},
      {new BigDecimal("5000"), new BigDecimal("0.10")},
      {new BigDecimal("10000"), new BigDecimal("0.50")},
      {new BigDecimal("20000"), new BigDecimal("1.00")},
  };
  private static final BigDecimal TOP_TICK = new BigDecimal("5.00");
  private static final BigDecimal LEGACY_SMALL = new BigDecimal("0.05");
  private static final BigDecimal LEGACY_LARGE = new BigDecimal("0.10");
  private static final BigDecimal THOUSAND = new BigDecimal("1000");

  private final BigDecimal fixedTick;

  private TickSize(BigDecimal fixedTick) {
    this.fixedTick = fixedTick;
  }

  /** The NSE band table. */
  public static TickSize nse() {
    return new TickSize(null);
  }

  /** One tick for every price, e.g. from the scrip master. */
  public static TickSize fixed(BigDecimal tick) {
    if (tick.signum() <= 0) {
      throw new IllegalArgumentException("tick must be > 0");
    }
    return new TickSize(tick);
  }

  /** The tick for {@code price}: band lower bounds are inclusive (250.00 trades in 0.05). */
  public BigDecimal tickFor(BigDecimal price) {
    if (fixedTick != null) {
      return fixedTick;
    }
    for (BigDecimal[] band : BANDS) {
      if (price.compareTo(band[0]) < 0) {
        return band[1];
      }
    }
    // The table's 10 000-20 000 band includes 20 000 itself.
    return price.compareTo(BANDS[BANDS.length - 1][0]) == 0 ? BANDS[BANDS.length - 1][1] : TOP_TICK;
  }

  /** Nearest tick, halves up. */
  public BigDecimal round(BigDecimal price) {
    return toTick(price, RoundingMode.HALF_UP);
  }

  /** Up to the next tick: sell targets never undercut the EMA9 estimate. */
  public BigDecimal roundUp(BigDecimal price) {
    return toTick(price, RoundingMode.CEILING);
  }

  public BigDecimal roundDown(BigDecimal price) {
    return toTick(price, RoundingMode.FLOOR);
  }

  public boolean isOnGrid(BigDecimal price) {
    return price.remainder(tickFor(price)).signum() == 0;
  }

  /** The legacy sell rounding: up to 0.05 below 1 000, 0.10 from 1 000, then to 0.01. */
  public static BigDecimal legacyRoundUp(BigDecimal price) {
    BigDecimal tick = price.compareTo(THOUSAND) < 0 ? LEGACY_SMALL : LEGACY_LARGE;
    return price.divide(tick, 0, RoundingMode.CEILING).multiply(tick).setScale(2, RoundingMode.HALF_UP);
  }

  private BigDecimal toTick(BigDecimal price, RoundingMode mode) {
    BigDecimal tick = tickFor(price);
    return price.divide(tick, 0, mode).multiply(tick).setScale(2, RoundingMode.HALF_UP);
  }
}
