package in.neotrader.core.strategy.legacy;

/**
 * The legacy chart-quality score as TRADING_RULES §3.7 reads it: it starts at 100 and loses points for gaps,
 * flatness and extreme candles; the chart passes iff the score reaches chart_quality_min_score (50). Quirk: the
 * separate hard limits of §3.3 step 1 (gap, range and extreme-candle frequencies) are never applied.
 */
record LegacyChartQuality(double score, double gapPct, double avgRangePct, double priceRangePct, double extremePct) {

  static final int GAP_DAYS = 60;
  static final int EXTREME_DAYS = 30;

  static LegacyChartQuality at(LegacySeries s, int t) {
    int from = Math.max(1, t + 1 - GAP_DAYS);
    int gaps = 0;
    for (int i = from; i <= t; i++) {
      if (s.low[i] > s.close[i - 1] || s.high[i] < s.close[i - 1]) {
        gaps++;
      }
    }
    // Quirk: divided by 60 even when fewer days were looked at.
    double gapPct = 100.0 * gaps / GAP_DAYS;
    int rangeFrom = Math.max(0, t + 1 - GAP_DAYS);
    double rangeSum = 0;
    double highest = Double.NEGATIVE_INFINITY;
    double lowest = Double.POSITIVE_INFINITY;
    for (int i = rangeFrom; i <= t; i++) {
      rangeSum += (s.high[i] - s.low[i]) / s.close[i];
      highest = Math.max(highest, s.high[i]);
      lowest = Math.min(lowest, s.low[i]);
    }
    double avgRangePct = 100.0 * rangeSum / (t + 1 - rangeFrom);
    double priceRangePct = 100.0 * (highest - lowest) / lowest;
    int extremeFrom = Math.max(0, t + 1 - EXTREME_DAYS);
    double avgRange = 0;
    for (int i = extremeFrom; i <= t; i++) {
      avgRange += s.high[i] - s.low[i];
    }
    avgRange /= t + 1 - extremeFrom;
    int extreme = 0;
    for (int i = extremeFrom; i <= t; i++) {
      double body = Math.abs(s.close[i] - s.open[i]);
      if (body > 3 * avgRange || body / s.open[i] > 0.05) {
        extreme++;
      }
    }
    double extremePct = 100.0 * extreme / EXTREME_DAYS;
    double score = 100 - (gapPct > 25 ? 30 : gapPct > 15 ? 15 : 0) - flatness(avgRangePct, priceRangePct)
        - (extremePct > 20 ? 25 : extremePct > 10 ? 15 : 0);
    return new LegacyChartQuality(score, gapPct, avgRangePct, priceRangePct, extremePct);
  }

  /**
   * "Flat" only when the average daily range is under 1 % and the 60-day price range under 15 %: 25 points.
   * [assumed] one of the two alone costs the 10 points of the lesser band.
   */
  private static double flatness(double avgRangePct, double priceRangePct) {
    boolean narrowDays = avgRangePct < 1.0;
    boolean narrowRange = priceRangePct < 15.0;
    return narrowDays && narrowRange ? 25 : narrowDays || narrowRange ? 10 : 0;
  }

  // [assumed] extreme-candle bands: over 20 % (the limit of §3.11) costs 25, over 10 % costs 15.

  boolean passes(double minScore) {
    return score >= minScore;
  }
}
