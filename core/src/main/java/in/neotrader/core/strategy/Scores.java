package in.neotrader.core.strategy;

import in.neotrader.core.config.TradingConfig;

/**
 * The scores of TRADING_RULES §3.4 as far as the inputs allow: dip confirmation, support and
 * volume exhaustion are not computed, so strength tops out lower than the nominal 25.
 */
public final class Scores {

  private static final double MAX_STRENGTH = 25;

  private Scores() {}

  /** Strength 0-25 for buy verdicts, -1 for the rest. */
  public static double strength(Verdict verdict, StockInputs in, IndicatorSnapshot ind, TradingConfig config) {
    if (!verdict.isBuy()) {
      return -1;
    }
    double s = verdict == Verdict.STRONG_BUY ? 10 : 5;
    s += 2.0 * in.patterns().size();
    s += ind.lastVolume() >= 1.2 * ind.averageVolume() ? 1 : 0;
    s += ind.rsi() < 30 ? 1 : 0;
    s += ind.rsi() < 20 ? 1 : 0;
    int alignment = in.mtfAlignment().orElse(0);
    s += alignment >= 8 ? 4 : alignment >= 6 ? 3 : alignment >= 4 ? 2 : alignment >= 2 ? 1 : 0;
    s += ind.rsi() < config.rsiExtremeOversold() ? 3 : ind.rsi() < config.rsiOversold() ? 2 : 0;
    s += in.chartQuality().map(q -> q.score() >= 80 ? 1 : 0).orElse(0);
    return Math.min(MAX_STRENGTH, s);
  }

  /** 40 % return, 40 % win rate, 20 % excess over buy-and-hold; damped below 3 trades. */
  public static double backtest(BacktestResult r) {
    double ret = r.totalReturnPct();
    double returnPoints = ret <= 0 ? 0 : ret <= 10 ? ret * 5 : Math.min(100, 50 + (ret - 10) * 2.5);
    double excess = clamp(r.totalReturnPct() - r.buyAndHoldReturnPct() + 50, 0, 100);
    double score = 0.4 * returnPoints + 0.4 * r.winRatePct() + 0.2 * excess;
    if (r.trades() < 3) {
      score *= 0.8 + r.trades() / 10.0;
    }
    return clamp(score, 0, 100);
  }

  public static double combined(double strength, double backtest) {
    return 0.5 * strength + 0.5 * backtest;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
