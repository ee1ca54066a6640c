package in.neotrader.core.strategy;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.indicators.Ema;
import in.neotrader.core.indicators.Rsi;
import in.neotrader.core.marketdata.Candle;
import java.util.List;

/**
 * Replays the entry and exit rules over the last two years (TRADING_RULES §3.4): buy at the close
 * when RSI is below its threshold (30 above EMA200, else 20), sell at the first close at or above
 * EMA9 or with RSI above 50. Returns are compounded; a trade still open at the end is marked at
 * the last close. Simplified [assumed]: the legacy backtester's own details were not ported.
 */
public final class DipBacktest {

  /** About two years of NSE sessions. */
  public static final int WINDOW = 500;

  private DipBacktest() {}

  public static BacktestResult run(List<Candle> candles, TradingConfig config) {
    double[] c = Candle.closes(candles);
    int start = Math.max(IndicatorSnapshot.MIN_HISTORY, c.length - WINDOW);
    if (c.length <= start + 1) {
      return new BacktestResult(0, 0, 0, 0);
    }
    double[] rsi = Rsi.series(c, config.rsiPeriod());
    double[] ema9 = Ema.smaSeeded(c, 9);
    double[] ema200 = Ema.smaSeeded(c, 200);
    int trades = 0;
    int wins = 0;
    double growth = 1.0;
    double entry = Double.NaN;
    for (int t = start; t < c.length; t++) {
      if (Double.isNaN(entry)) {
        double threshold = c[t] > ema200[t] ? config.rsiOversold() : 20.0;
        if (rsi[t] < threshold) {
          entry = c[t];
        }
      } else if (ExitRule.shouldExit(c[t], ema9[t], rsi[t]) || t == c.length - 1) {
        trades++;
        wins += c[t] > entry ? 1 : 0;
        growth *= c[t] / entry;
        entry = Double.NaN;
      }
    }
    double winRate = trades == 0 ? 0 : 100.0 * wins / trades;
    return new BacktestResult(trades, winRate, (growth - 1) * 100, (c[c.length - 1] / c[start] - 1) * 100);
  }
}
