package in.neotrader.core.strategy.legacy;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.strategy.Verdict;
import in.neotrader.core.strategy.legacy.LegacyDay.DipQuality;
import in.neotrader.core.strategy.legacy.LegacyDay.Facts;
import java.util.ArrayList;
import java.util.List;

/**
 * The legacy verdict of one day (TRADING_RULES §3.3, corrected by §3.7). The inputs the service lacks behave as
 * in the legacy when their fetch fails: PE and PB unknown (never a loss-maker, so the loss-maker and growth-stock
 * rules never apply), no news score (no downgrade), no weekly MTF alignment (the alignment branches never apply).
 */
final class LegacyVerdictRules {

  private LegacyVerdictRules() {}

  static LegacyDay at(LegacySeries s, int t, TradingConfig config) {
    LegacyChartQuality chart = LegacyChartQuality.at(s, t);
    Facts f = facts(s, t, chart, config);
    Verdict verdict = verdict(f, config);
    List<String> reasons = new ArrayList<>();
    reasons.add(String.format("RSI10 %.2f against the threshold %.0f (%s)", f.rsi(), threshold(f, config),
        Double.isNaN(s.ema200[t]) ? "no EMA200 yet: counted below" : f.aboveEma200() ? "above EMA200" : "below EMA200"));
    reasons.add(String.format("volume %d against the 50-day average %.0f: %s", f.volume(), f.averageVolume(),
        volumeOk(f, config) ? "ok" : "too low"));
    if (!f.patterns().isEmpty()) {
      reasons.add("signals: " + String.join(", ", f.patterns()));
    }
    if (!chartPasses(f, config)) {
      reasons.add(String.format("chart quality %.0f < %.0f", f.chartScore(), config.chartQualityMinScore()));
    }
    if (f.candlePenalty() >= LegacyCandleQuality.DOWNGRADE_AT && verdict != Verdict.AVOID) {
      reasons.add("candle-quality penalty " + f.candlePenalty() + ": one step down");
    }
    reasons.add("verdict " + verdict.code());
    return new LegacyDay(f, chart, verdict, reasons);
  }

  /** The verdict of §3.3 step by step, with the §3.7 corrections and the candle-quality downgrade. */
  static Verdict verdict(Facts f, TradingConfig config) {
    if (!chartPasses(f, config)) {
      return Verdict.AVOID;
    }
    Verdict v;
    if (f.rsi() < threshold(f, config) && volumeOk(f, config)) {
      boolean reversal = f.patterns().contains(LegacyPatterns.HAMMER)
          || f.patterns().contains(LegacyPatterns.BULLISH_ENGULFING)
          || f.patterns().contains(LegacyPatterns.BULLISH_DIVERGENCE);
      // Without MTF alignment a strong_buy needs an excellent uptrend dip.
      v = f.aboveEma200() ? (f.dip() == DipQuality.EXCELLENT ? Verdict.STRONG_BUY : Verdict.BUY)
          : reversal || f.strongVolume() ? Verdict.BUY : Verdict.WATCH;
    } else {
      // Quirk (§3.7): rsi_oversold is itself a pattern signal, so RSI10 < 30 with volume ok is at least watch.
      v = !f.patterns().isEmpty() && volumeOk(f, config) ? Verdict.WATCH : Verdict.AVOID;
    }
    return LegacyCandleQuality.downgrade(v, f.candlePenalty());
  }

  /** Quirk (§3.7): below EMA200, or without an EMA200 in the warm-up, the threshold is rsi_extreme_oversold. */
  static double threshold(Facts f, TradingConfig config) {
    return f.aboveEma200() ? config.rsiOversold() : config.rsiExtremeOversold();
  }

  /** Today at least 0.7 x the 50-day average (0.5 x when RSI10 < 30) and the average itself liquid enough. */
  static boolean volumeOk(Facts f, TradingConfig config) {
    double factor = f.rsi() < config.rsiOversold() ? 0.5 : 0.7;
    return f.volume() >= factor * f.averageVolume() && f.averageVolume() >= config.minAbsoluteAvgVolume();
  }

  private static boolean chartPasses(Facts f, TradingConfig config) {
    return !config.chartQualityEnabled() || f.chartScore() >= config.chartQualityMinScore();
  }

  private static Facts facts(LegacySeries s, int t, LegacyChartQuality chart, TradingConfig config) {
    boolean above = s.aboveEma200(t);
    double rsi = s.rsi[t];
    double threshold = above ? config.rsiOversold() : config.rsiExtremeOversold();
    return new Facts(rsi, above, s.volume[t], s.averageVolume(t), LegacyPatterns.at(s, t, config),
        chart.score(), rsi < threshold ? dip(s, t, above, config) : DipQuality.NONE,
        LegacyCandleQuality.penalty(s, t));
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
