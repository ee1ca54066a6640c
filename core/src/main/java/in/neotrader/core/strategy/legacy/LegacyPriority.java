package in.neotrader.core.strategy.legacy;

/**
 * The priority score the legacy ranks recommendations by, highest bought first (TRADING_RULES §3.7): bands of
 * RSI (25/20/15/10), MTF alignment, PE, backtest score and chart score. [assumed] points: RSI below 10/15/20/25
 * gives 40/30/20/10, backtest score from 60/40/20 gives 20/10/5, chart score from 80/70/60 gives 10/5/2; MTF
 * alignment and PE are unknown here and give nothing, as when their fetch fails.
 */
final class LegacyPriority {

  private LegacyPriority() {}

  static double score(double rsi, double backtest, double chart) {
    double s = rsi < 10 ? 40 : rsi < 15 ? 30 : rsi < 20 ? 20 : rsi < 25 ? 10 : 0;
    s += backtest >= 60 ? 20 : backtest >= 40 ? 10 : backtest >= 20 ? 5 : 0;
    s += chart >= 80 ? 10 : chart >= 70 ? 5 : chart >= 60 ? 2 : 0;
    return s;
  }
}
