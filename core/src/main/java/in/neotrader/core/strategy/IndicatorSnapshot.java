package in.neotrader.core.strategy;

import in.neotrader.core.indicators.AverageVolume;
import in.neotrader.core.indicators.Ema;
import in.neotrader.core.indicators.Rsi;
import in.neotrader.core.marketdata.Candle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The indicator values of the last candle that the verdict and the scores use. */
public record IndicatorSnapshot(double rsi, double ema9, double ema200, double averageVolume, double lastClose,
    long lastVolume) {

  /** The legacy skipped stocks with fewer than 200 daily rows. */
  public static final int MIN_HISTORY = 200;

  public static Optional<IndicatorSnapshot> of(List<Candle> candles, int rsiPeriod) {
    if (candles.size() < MIN_HISTORY) {
      return Optional.empty();
    }
    double[] closes = Candle.closes(candles);
    OptionalDouble rsi = Rsi.latest(closes, rsiPeriod);
    if (rsi.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new IndicatorSnapshot(rsi.getAsDouble(),
        Ema.latestSmaSeeded(closes, 9).getAsDouble(),
        Ema.latestSmaSeeded(closes, 200).getAsDouble(),
        AverageVolume.of(Candle.volumes(candles), AverageVolume.LEGACY_LOOKBACK).getAsDouble(),
        closes[closes.length - 1],
        candles.get(candles.size() - 1).volume()));
  }

  public boolean aboveEma200() {
    return lastClose > ema200;
  }
}
