package in.neotrader.core.strategy.legacy;

import in.neotrader.core.indicators.AverageVolume;
import in.neotrader.core.indicators.Ema;
import in.neotrader.core.indicators.Rsi;
import in.neotrader.core.marketdata.Candle;
import java.util.List;

/**
 * The legacy's indicator columns over one fetched history (TRADING_RULES §3.2a): RSI(rsi_period) smoothed from
 * the first difference, EMA 9/50/200 seeded by the mean of their first closes (NaN before), the plain 50-day
 * mean volume. Every value at index t depends only on candles 0..t, so one series serves every day of a backtest.
 */
final class LegacySeries {

  final List<Candle> candles;
  final double[] open;
  final double[] high;
  final double[] low;
  final double[] close;
  final long[] volume;
  final double[] rsi;
  final double[] ema9;
  final double[] ema50;
  final double[] ema200;
  private final double[] volumeSums;

  LegacySeries(List<Candle> candles, int rsiPeriod) {
    this.candles = candles;
    int n = candles.size();
    open = new double[n];
    high = new double[n];
    low = new double[n];
    volume = Candle.volumes(candles);
    close = Candle.closes(candles);
    volumeSums = new double[n + 1];
    for (int i = 0; i < n; i++) {
      Candle c = candles.get(i);
      open[i] = c.open().doubleValue();
      high[i] = c.high().doubleValue();
      low[i] = c.low().doubleValue();
      volumeSums[i + 1] = volumeSums[i] + volume[i];
    }
    rsi = Rsi.series(close, rsiPeriod);
    ema9 = Ema.smaSeeded(close, 9);
    ema50 = Ema.smaSeeded(close, 50);
    ema200 = Ema.smaSeeded(close, 200);
  }

  int size() {
    return close.length;
  }

  /** Mean of the 50 volumes up to t (fewer at the start). */
  double averageVolume(int t) {
    int from = Math.max(0, t + 1 - AverageVolume.LEGACY_LOOKBACK);
    return (volumeSums[t + 1] - volumeSums[from]) / (t + 1 - from);
  }

  /** Quirk: with fewer than 200 rows EMA200 is NaN and the stock counts as below it. */
  boolean aboveEma200(int t) {
    return !Double.isNaN(ema200[t]) && close[t] > ema200[t];
  }
}
