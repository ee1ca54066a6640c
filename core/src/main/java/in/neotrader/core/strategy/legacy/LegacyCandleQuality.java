package in.neotrader.core.strategy.legacy;

import in.neotrader.core.strategy.Verdict;

/**
 * The candle-quality downgrade of TRADING_RULES §3.7: a penalty of 3 or more (the legacy names bands at 3, 5 and
 * 7) turns strong_buy into buy and buy into watch. [assumed] penalty points of the last candle: an upper shadow
 * over twice the body 3, a close in the lowest tenth of the day's range 2, a red body over 5 % of the open 2.
 */
final class LegacyCandleQuality {

  static final int DOWNGRADE_AT = 3;

  private LegacyCandleQuality() {}

  static int penalty(LegacySeries s, int t) {
    double body = Math.abs(s.close[t] - s.open[t]);
    double upperShadow = s.high[t] - Math.max(s.open[t], s.close[t]);
    double range = s.high[t] - s.low[t];
    int penalty = upperShadow > 2 * body && upperShadow > 0 ? 3 : 0;
    penalty += range > 0 && s.close[t] < s.low[t] + range / 10 ? 2 : 0;
    penalty += s.close[t] < s.open[t] && body / s.open[t] > 0.05 ? 2 : 0;
    return penalty;
  }

  static Verdict downgrade(Verdict verdict, int penalty) {
    if (penalty < DOWNGRADE_AT) {
      return verdict;
    }
    return verdict == Verdict.STRONG_BUY ? Verdict.BUY : verdict == Verdict.BUY ? Verdict.WATCH : verdict;
  }
}
