package in.neotrader.core.strategy.legacy;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.strategy.Verdict;
import in.neotrader.core.strategy.legacy.LegacyDay.DipQuality;
import java.util.ArrayList;
import java.util.List;

/**
 * The legacy verdict of one day (TRADING_RULES §3.3, corrected by §3.7). The inputs the service lacks behave as
 * in the legacy when their fetch fails: PE and PB unknown (never a loss-maker), no news score (no downgrade), no
 * weekly MTF alignment (0: neither the alignment branches nor its points apply).
 */
final class LegacyVerdictRules {

  static final String RSI_OVERSOLD = "rsi_oversold";
  static final String HAMMER = "hammer";
  static final String BULLISH_ENGULFING = "bullish_engulfing";
  static final String BULLISH_DIVERGENCE = "bullish_divergence";
  private static final double STRONG_VOLUME = 1.2;
  private static final double DOJI_BODY = 1e-6;
  private static final int DIVERGENCE_LOOKBACK = 10;

  private LegacyVerdictRules() {}

  static LegacyDay at(LegacySeries s, int t, TradingConfig config) {
    List<String> reasons = new ArrayList<>();
    double rsi = s.rsi[t];
    boolean above = s.aboveEma200(t);
    // Quirk (§3.7): below EMA200, or without an EMA200 in the warm-up, the threshold is rsi_extreme_oversold.
    double threshold = above ? config.rsiOversold() : config.rsiExtremeOversold();
    double avgVolume = s.averageVolume(t);
    boolean oversold = rsi < config.rsiOversold();
    boolean volumeOk = s.volume[t] >= (oversold ? 0.5 : 0.7) * avgVolume && avgVolume >= config.minAbsoluteAvgVolume();
    boolean strongVolume = s.volume[t] >= STRONG_VOLUME * avgVolume;
    List<String> patterns = patterns(s, t, oversold);
    LegacyChartQuality chart = LegacyChartQuality.at(s, t);
    reasons.add(String.format("RSI10 %.2f against the threshold %.0f (%s)", rsi, threshold,
        Double.isNaN(s.ema200[t]) ? "no EMA200 yet: counted below" : above ? "above EMA200" : "below EMA200"));
    reasons.add(String.format("volume %d against the 50-day average %.0f: %s", s.volume[t], avgVolume,
        volumeOk ? "ok" : "too low"));
    if (!patterns.isEmpty()) {
      reasons.add("signals: " + String.join(", ", patterns));
    }
    DipQuality dip = rsi < threshold ? dip(s, t, above, config) : DipQuality.NONE;
    Verdict verdict;
    if (config.chartQualityEnabled() && !chart.passes(config.chartQualityMinScore())) {
      reasons.add(String.format("chart quality %.0f < %.0f: avoid", chart.score(), config.chartQualityMinScore()));
      verdict = Verdict.AVOID;
    } else if (rsi < threshold && volumeOk) {
      boolean reversal = patterns.contains(HAMMER) || patterns.contains(BULLISH_ENGULFING)
          || patterns.contains(BULLISH_DIVERGENCE);
      verdict = above ? (dip == DipQuality.EXCELLENT ? Verdict.STRONG_BUY : Verdict.BUY)
          : reversal || strongVolume ? Verdict.BUY : Verdict.WATCH;
    } else {
      // Quirk (§3.7): rsi_oversold is itself a pattern signal, so RSI10 < 30 with volume ok is at least watch.
      verdict = !patterns.isEmpty() && volumeOk ? Verdict.WATCH : Verdict.AVOID;
    }
    int penalty = LegacyCandleQuality.penalty(s, t);
    Verdict downgraded = LegacyCandleQuality.downgrade(verdict, penalty);
    if (downgraded != verdict) {
      reasons.add("candle-quality penalty " + penalty + ": " + verdict.code() + " downgraded to " + downgraded.code());
    }
    reasons.add("verdict " + downgraded.code());
    return new LegacyDay(t, downgraded, patterns, dip, strongVolume, penalty, chart, reasons);
  }

  private static List<String> patterns(LegacySeries s, int t, boolean oversold) {
    List<String> found = new ArrayList<>();
    if (oversold) {
      found.add(RSI_OVERSOLD);
    }
    double body = Math.max(Math.abs(s.close[t] - s.open[t]), DOJI_BODY);
    double lowerShadow = Math.min(s.open[t], s.close[t]) - s.low[t];
    double upperShadow = s.high[t] - Math.max(s.open[t], s.close[t]);
    if (lowerShadow > 2 * body && upperShadow < 0.8 * body) {
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

  /**
   * Price made a lower low, RSI a higher low: [assumed] the lowest close of the last 10 days against that of the
   * 10 days before, and the RSI on those two days.
   */
  private static boolean divergence(LegacySeries s, int t) {
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

  /**
   * The uptrend-dip confirmation, only above EMA200 and below the threshold. [assumed]: excellent when EMA50 is
   * above EMA200 and RSI10 under rsi_extreme_oversold, good with EMA50 above EMA200, fair otherwise.
   */
  private static DipQuality dip(LegacySeries s, int t, boolean above, TradingConfig config) {
    if (!above) {
      return DipQuality.NONE;
    }
    boolean uptrend = s.ema50[t] > s.ema200[t];
    return uptrend && s.rsi[t] < config.rsiExtremeOversold() ? DipQuality.EXCELLENT
        : uptrend ? DipQuality.GOOD : DipQuality.FAIR;
  }
}
