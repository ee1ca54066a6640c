package in.neotrader.core.strategy;

import in.neotrader.core.config.TradingConfig;

/**
 * The verdict of TRADING_RULES §3.3. Simplified: "excellent uptrend dip" is not computed, so
 * above EMA200 a strong_buy needs an MTF alignment of 8 or more.
 */
public final class VerdictRules {

  private static final double RSI_BELOW_EMA200_THRESHOLD = 20.0;
  private static final double STRONG_VOLUME = 1.2;

  private VerdictRules() {}

  public static Verdict verdict(StockInputs in, IndicatorSnapshot ind, TradingConfig config) {
    if (in.chartQuality().flatMap(q -> q.failure(config)).isPresent()) {
      return Verdict.AVOID;
    }
    double pe = in.pe().orElse(0.0);
    boolean lossMaker = pe < 0;
    boolean growthStock = lossMaker && in.pb().map(pb -> pb < 5).orElse(false);
    if (lossMaker && !growthStock) {
      return Verdict.AVOID;
    }
    Verdict v = technical(in, ind, config, lossMaker);
    if (v.isBuy() && in.newsScore().map(s -> s <= config.newsSentimentNegThreshold()).orElse(false)
        && config.newsSentimentEnabled()) {
      return Verdict.WATCH;
    }
    return v;
  }

  private static Verdict technical(StockInputs in, IndicatorSnapshot ind, TradingConfig config, boolean lossMaker) {
    double threshold = ind.aboveEma200() ? config.rsiOversold() : RSI_BELOW_EMA200_THRESHOLD;
    boolean patterns = !in.patterns().isEmpty();
    boolean volumeOk = volumeOk(ind, config);
    if (ind.rsi() < threshold && volumeOk && !lossMaker) {
      int alignment = in.mtfAlignment().orElse(0);
      if (ind.aboveEma200()) {
        return alignment >= 8 ? Verdict.STRONG_BUY : Verdict.BUY;
      }
      boolean strongVolume = ind.lastVolume() >= STRONG_VOLUME * ind.averageVolume();
      return alignment >= 6 || patterns || strongVolume ? Verdict.BUY : Verdict.WATCH;
    }
    // Growth stocks (PE < 0, PB < 5) are capped at watch.
    return patterns && volumeOk ? Verdict.WATCH : Verdict.AVOID;
  }

  /** Today >= 0.7 x average (0.5 x when RSI < 30) and the average itself liquid enough. */
  static boolean volumeOk(IndicatorSnapshot ind, TradingConfig config) {
    double factor = ind.rsi() < config.rsiOversold() ? 0.5 : 0.7;
    return ind.lastVolume() >= factor * ind.averageVolume() && ind.averageVolume() >= config.minAbsoluteAvgVolume();
  }
}
