package in.neotrader.core.orders;

import in.neotrader.core.sizing.TickSize;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The limit price of an AMO entry: last close raised by a cap, rounded down to the instrument's tick. A MARKET
 * AMO is turned by Kotak into a limit inside its protection band (KOTAK_NEO §8.3: 2 % of LTP for most
 * equities), so after a gap up it sits unfilled at a price we did not choose; an explicit limit at the same
 * 2 % bounds what we pay and is the only order type trade-for-trade series accept (TRADING_RULES §5).
 *
 * @param capPct how far above the last close the entry may fill, in percent
 */
public record AmoLimit(BigDecimal capPct) {

  /** The protection band of an EQ stock: the same fill chance as the MARKET AMO it replaces. */
  public static final AmoLimit DEFAULT = new AmoLimit(new BigDecimal("2"));

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public AmoLimit {
    if (capPct.signum() < 0) {
      throw new IllegalArgumentException("the cap must be >= 0, got " + capPct);
    }
  }

  /** The most capital sized at the close whose buy, placed at its limit, is worth at most {@code maxValue}. */
  public BigDecimal capitalWithin(BigDecimal maxValue) {
    return maxValue.divide(BigDecimal.ONE.add(capPct.divide(HUNDRED)), 2, RoundingMode.FLOOR);
  }

  /** Close × (1 + cap), down to {@code tick} so the cap is never exceeded; at least one tick. */
  public BigDecimal price(BigDecimal lastClose, TickSize tick) {
    BigDecimal capped = lastClose.multiply(BigDecimal.ONE.add(capPct.divide(HUNDRED)));
    BigDecimal price = tick.roundDown(capped);
    return price.signum() > 0 ? price : tick.tickFor(capped);
  }
}
