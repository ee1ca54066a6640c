package in.neotrader.core.strategy;

import in.neotrader.core.config.TradingConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The 16:00 analysis of one stock: indicators, verdict, scores, final verdict. */
public final class SignalAnalysis {

  private SignalAnalysis() {}

  /** Empty when the stock has fewer than 200 daily candles (the legacy skipped those). */
  public static Optional<Signal> analyse(StockInputs in, TradingConfig config) {
    return IndicatorSnapshot.of(in.candles(), config.rsiPeriod()).map(ind -> {
      Verdict verdict = VerdictRules.verdict(in, ind, config);
      double strength = Scores.strength(verdict, in, ind, config);
      BacktestResult bt = DipBacktest.run(in.candles(), config);
      double backtest = Scores.backtest(bt);
      // Non-buys carry strength -1; the combined score counts them as 0.
      double combined = Scores.combined(Math.max(0, strength), backtest);
      Verdict finalVerdict = promotable(in, ind, config)
          ? FinalVerdict.of(ind.rsi(), backtest, combined, bt.trades())
          : verdict;
      return new Signal(in.symbol(), in.day(), verdict, finalVerdict, strength, backtest, combined, bt.trades(),
          ind.rsi(), price(ind.ema9()), price(ind.ema200()), price(ind.lastClose()), ind.averageVolume(),
          ind.lastVolume());
    });
  }

  /**
   * The legacy screened its universe with Chartink's daily RSI scan before scoring, so history
   * could only promote stocks near oversold. Our universe is unscreened: RSI below
   * rsi_near_oversold stands in for that scan [assumed]. A failed chart stays avoided.
   */
  private static boolean promotable(StockInputs in, IndicatorSnapshot ind, TradingConfig config) {
    boolean chartFails = in.chartQuality().flatMap(q -> q.failure(config)).isPresent();
    return ind.rsi() < config.rsiNearOversold() && !chartFails;
  }

  private static BigDecimal price(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }
}
