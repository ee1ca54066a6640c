package in.neotrader.core.indicators;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * RSI as the legacy computed it with pandas-ta 0.4 (TRADING_RULES §3.2a): gains and losses are
 * smoothed by s[t] = s[t-1] + (x[t] - s[t-1]) / n started at the first difference, without the
 * textbook simple-average seed, so early values differ from Wilder's.
 */
public final class Rsi {

  private Rsi() {}

  /** RSI per close; NaN where fewer than n + 1 closes are available. */
  public static double[] series(double[] closes, int period) {
    if (period < 1) {
      throw new IllegalArgumentException("RSI period must be >= 1");
    }
    double[] out = new double[closes.length];
    Arrays.fill(out, Double.NaN);
    double up = 0;
    double down = 0;
    for (int t = 1; t < closes.length; t++) {
      double d = closes[t] - closes[t - 1];
      double gain = Math.max(d, 0);
      double loss = Math.max(-d, 0);
      if (t == 1) {
        up = gain;
        down = loss;
      } else {
        up += (gain - up) / period;
        down += (loss - down) / period;
      }
      if (t >= period) {
        out[t] = up + down == 0 ? Double.NaN : 100 * up / (up + down);
      }
    }
    return out;
  }

  /** The RSI at the last close, empty without n + 1 closes (or when prices never moved). */
  public static OptionalDouble latest(double[] closes, int period) {
    if (closes.length < period + 1) {
      return OptionalDouble.empty();
    }
    double v = series(closes, period)[closes.length - 1];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
