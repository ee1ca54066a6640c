package in.neotrader.core.strategy;

import in.neotrader.core.indicators.Ema;
import in.neotrader.core.sizing.TickSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The EMA9 limit-sell target of TRADING_RULES §2.2: 0.2 x LTP + 0.8 x EMA9 of the previous
 * closes (alpha 0.2 started at the first close), rounded up to the tick, skipped when it is below
 * sell_min_target_ratio (0.95) x entry price.
 */
public final class SellTarget {

  /** The legacy used the 200 daily closes before today. */
  public static final int HISTORY = 200;

  private static final BigDecimal LTP_WEIGHT = new BigDecimal("0.2");
  private static final BigDecimal EMA_WEIGHT = new BigDecimal("0.8");

  private SellTarget() {}

  public sealed interface Decision {
    /** Place (or lower the order to) this limit price. */
    record Place(BigDecimal price, BigDecimal unrounded) implements Decision {}

    record Skip(String reason) implements Decision {}
  }

  /**
   * @param previousCloses daily closes before today, oldest first (the last 200 are used)
   */
  public static Decision compute(BigDecimal ltp, double[] previousCloses, BigDecimal entryPrice,
      double minTargetRatio, TickSize ticks) {
    if (ltp == null || ltp.signum() <= 0) {
      return new Decision.Skip("no last traded price");
    }
    int from = Math.max(0, previousCloses.length - HISTORY);
    double[] window = Arrays.copyOfRange(previousCloses, from, previousCloses.length);
    OptionalDouble ema9 = Ema.latestFromFirstClose(window, Ema.SELL_TARGET_ALPHA);
    if (ema9.isEmpty()) {
      return new Decision.Skip("no daily closes for EMA9");
    }
    BigDecimal target = LTP_WEIGHT.multiply(ltp).add(EMA_WEIGHT.multiply(BigDecimal.valueOf(ema9.getAsDouble())));
    BigDecimal floor = entryPrice.multiply(BigDecimal.valueOf(minTargetRatio));
    if (target.compareTo(floor) < 0) {
      return new Decision.Skip("target " + target.setScale(2, RoundingMode.HALF_UP).toPlainString()
          + " is below " + minTargetRatio + " x entry " + entryPrice.toPlainString());
    }
    return new Decision.Place(ticks.roundUp(target), target);
  }
}
