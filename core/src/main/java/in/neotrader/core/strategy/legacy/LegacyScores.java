package in.neotrader.core.strategy.legacy;

import in.neotrader.core.strategy.FinalVerdict;
import in.neotrader.core.strategy.Trade;
import in.neotrader.core.strategy.Verdict;
import java.util.List;

/** The legacy strength, backtest and combined scores and the final verdict (TRADING_RULES §3.4, §3.5, §3.7). */
final class LegacyScores {

  private LegacyScores() {}

  /**
   * Strength of a buy, -1 for the rest. Quirks: +2 per pattern signal, rsi_oversold included on every buy; the
   * +1/+1 RSI bonuses never apply (the legacy parses "25.3(above_ema200)" as a number, fails and skips); the
   * alignment and extreme/high-oversold points need weekly MTF data the legacy fetch gives none of here. Support
   * and volume-exhaustion points are not reproduced (their rules are not in TRADING_RULES). No cap at 25.
   */
  static double strength(Verdict verdict, LegacyDay.Facts day) {
    if (!verdict.isBuy()) {
      return -1;
    }
    double s = verdict == Verdict.STRONG_BUY ? 10 : 5;
    s += 2.0 * day.patterns().size();
    s += day.strongVolume() ? 1 : 0;
    s += day.dip().points;
    double chart = day.chartScore();
    s += chart >= 80 ? 3 : chart >= 70 ? 2 : chart >= 60 ? 1 : 0;
    return s;
  }

  /** Σ P&L / Σ capital in percent, with the same capital behind every fill. */
  static double returnPct(List<Trade> fills) {
    return fills.isEmpty() ? 0 : 100 * fills.stream().mapToDouble(f -> f.returnRatio() - 1).sum() / fills.size();
  }

  static double winRatePct(List<Trade> fills) {
    return fills.isEmpty() ? 0 : 100.0 * fills.stream().filter(Trade::won).count() / fills.size();
  }

  /**
   * Quirk: the scorer reads total_trades and strategy_vs_buy_hold, which the integrated results lack, so the
   * trade factor is always 0.8 and the excess-return term always 10 points (at most 72), and a negative return
   * gives negative points (nothing clamps them).
   */
  static double backtest(List<Trade> fills) {
    double ret = returnPct(fills);
    double returnPoints = ret <= 10 ? ret * 5 : Math.min(100, 50 + (ret - 10) * 2.5);
    double missingExcessTerm = 0.2 * 50;
    double missingTradesFactor = 0.8;
    return (0.4 * returnPoints + 0.4 * winRatePct(fills) + missingExcessTerm) * missingTradesFactor;
  }

  /** Quirk: non-buys carry strength -1 into the combined score. */
  static double combined(double strength, double backtest) {
    return 0.5 * strength + 0.5 * backtest;
  }

  /** Quirk: runs for every analysed stock; RSI rounded to 2 decimals first, a missing RSI counting as 30. */
  static Verdict finalVerdict(double rsi, double backtest, double combined, int executedTrades) {
    double rounded = Double.isNaN(rsi) ? 30 : Math.round(rsi * 100) / 100.0;
    return FinalVerdict.of(rounded, backtest, combined, executedTrades);
  }
}
