package in.neotrader.core.indicators;

import java.util.Arrays;
import java.util.OptionalDouble;

/** The two EMA conventions of the legacy code (TRADING_RULES §3.2a); they differ in the warm-up. */
public final class Ema {

  /** Sell targets use EMA9 with alpha 2/10 started at the first close. */
  public static final double SELL_TARGET_ALPHA = 2.0 / 10.0;

  private Ema() {}

  /**
   * Analysis EMA(n): the mean of the first n closes at index n-1, then e += a (close - e) with
   * a = 2/(n+1). NaN before index n-1.
   */
  public static double[] smaSeeded(double[] closes, int period) {
    if (period < 1) {
      throw new IllegalArgumentException("EMA period must be >= 1");
    }
    double[] out = new double[closes.length];
    Arrays.fill(out, Double.NaN);
    if (closes.length < period) {
      return out;
    }
    double alpha = 2.0 / (period + 1);
    double e = 0;
    for (int i = 0; i < period; i++) {
      e += closes[i];
    }
    e /= period;
    out[period - 1] = e;
    for (int t = period; t < closes.length; t++) {
      e += alpha * (closes[t] - e);
      out[t] = e;
    }
    return out;
  }

  /** The analysis EMA at the last close; empty with fewer than n closes. */
  public static OptionalDouble latestSmaSeeded(double[] closes, int period) {
    if (closes.length < period) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(smaSeeded(closes, period)[closes.length - 1]);
  }

  /** The recursion e = close[0], e += alpha (close - e): the sell-target EMA9 with alpha 0.2. */
  public static OptionalDouble latestFromFirstClose(double[] closes, double alpha) {
    if (closes.length == 0) {
      return OptionalDouble.empty();
    }
    double e = closes[0];
    for (int t = 1; t < closes.length; t++) {
      e += alpha * (closes[t] - e);
    }
    return OptionalDouble.of(e);
  }
}
