package in.neotrader.core.strategy.legacy;

import in.neotrader.core.config.TradingConfig;
import java.util.ArrayList;
import java.util.List;

/** The legacy's pattern signals of one day (TRADING_RULES §3.7), named as in its signal list. */
final class LegacyPatterns {

  static final String RSI_OVERSOLD = "rsi_oversold";
  static final String HAMMER = "hammer";
  static final String BULLISH_ENGULFING = "bullish_engulfing";
  static final String BULLISH_DIVERGENCE = "bullish_divergence";
  /** A doji's body counts as this, so a hammer's shadows compare with something. */
  static final double DOJI_BODY = 1e-6;
  private static final int DIVERGENCE_LOOKBACK = 10;

  private LegacyPatterns() {}

  static List<String> at(LegacySeries s, int t, TradingConfig config) {
    List<String> found = new ArrayList<>();
    if (s.rsi[t] < config.rsiOversold()) {
      found.add(RSI_OVERSOLD);
    }
    if (hammer(s.open[t], s.high[t], s.low[t], s.close[t])) {
      found.add(HAMMER);
    }
    if (t >= 1 && s.close[t - 1] < s.open[t - 1] && s.close[t] > s.open[t] && s.open[t] <= s.close[t - 1]
        && s.close[t] >= s.open[t - 1]) {
      found.add(BULLISH_ENGULFING);
    }
    if (divergence(s, t)) {
      found.add(BULLISH_DIVERGENCE);
    }
    return found;
  }

  /** Lower shadow over twice the body, upper shadow under 0.8 x the body. */
  static boolean hammer(double open, double high, double low, double close) {
    double body = Math.max(Math.abs(close - open), DOJI_BODY);
    double lowerShadow = Math.min(open, close) - low;
    double upperShadow = high - Math.max(open, close);
    return lowerShadow > 2 * body && upperShadow < 0.8 * body;
  }

  /**
   * Price made a lower low, RSI a higher low: [assumed] the lowest close of the last 10 days against that of the
   * 10 days before, and the RSI on those two days.
   */
  static boolean divergence(LegacySeries s, int t) {
    if (t + 1 < 2 * DIVERGENCE_LOOKBACK) {
      return false;
    }
    int recent = lowest(s, t - DIVERGENCE_LOOKBACK + 1, t);
    int earlier = lowest(s, t - 2 * DIVERGENCE_LOOKBACK + 1, t - DIVERGENCE_LOOKBACK);
    return s.close[recent] < s.close[earlier] && s.rsi[recent] > s.rsi[earlier];
  }

  private static int lowest(LegacySeries s, int from, int to) {
    int best = from;
    for (int i = from + 1; i <= to; i++) {
      best = s.close[i] < s.close[best] ? i : best;
    }
    return best;
  }
}
