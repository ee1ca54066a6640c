package in.neotrader.core.strategy;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.indicators.Ema;
import in.neotrader.core.indicators.Rsi;
import in.neotrader.core.marketdata.Candle;
import java.util.ArrayList;
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
    List<Trade> trades = trades("", candles, start, c.length, config);
    int wins = (int) trades.stream().filter(Trade::won).count();
    double growth = trades.stream().mapToDouble(Trade::returnRatio).reduce(1.0, (a, b) -> a * b);
    double winRate = trades.isEmpty() ? 0 : 100.0 * wins / trades.size();
    return new BacktestResult(trades.size(), winRate, (growth - 1) * 100, (c[c.length - 1] / c[start] - 1) * 100);
  }

  /** The trades entered on candles {@code from} to {@code until - 1}; the last candle closes an open one. */
  static List<Trade> trades(String symbol, List<Candle> candles, int from, int until, TradingConfig config) {
    double[] c = Candle.closes(candles);
    double[] rsi = Rsi.series(c, config.rsiPeriod());
    double[] ema9 = Ema.smaSeeded(c, 9);
    double[] ema200 = Ema.smaSeeded(c, 200);
    List<Trade> trades = new ArrayList<>();
    int entry = -1;
    for (int t = Math.max(from, IndicatorSnapshot.MIN_HISTORY); t < c.length; t++) {
      if (entry < 0) {
        double threshold = c[t] > ema200[t] ? config.rsiOversold() : 20.0;
        if (t < until && rsi[t] < threshold) {
          entry = t;
        }
      } else if (ExitRule.shouldExit(c[t], ema9[t], rsi[t]) || t == c.length - 1) {
        boolean open = !ExitRule.shouldExit(c[t], ema9[t], rsi[t]);
        trades.add(new Trade(symbol, candles.get(entry).day(), c[entry], candles.get(t).day(), c[t],
            open ? "end of history" : "close >= EMA9 or RSI > 50", open));
        entry = -1;
      }
    }
    return trades;
  }
}
