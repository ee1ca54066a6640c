package in.neotrader.core.strategy;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import java.util.List;
import java.util.Optional;

/**
 * How tradable a chart looks. The legacy module was not ported; {@link #assess} is a simplified
 * stand-in [assumed]: gaps over 2 %, mean high-low range, candles over 3x the mean range.
 */
public record ChartQuality(double score, double gapFrequencyPct, double avgDailyRangePct,
    double extremeCandleFrequencyPct) {

  private static final int LOOKBACK = 60;
  private static final double GAP = 0.02;
  private static final double EXTREME = 3.0;

  public static ChartQuality assess(List<Candle> candles) {
    List<Candle> recent = candles.subList(Math.max(0, candles.size() - LOOKBACK), candles.size());
    if (recent.size() < 2) {
      return new ChartQuality(0, 0, 0, 0);
    }
    int gaps = 0;
    double rangeSum = 0;
    double[] ranges = new double[recent.size()];
    for (int i = 0; i < recent.size(); i++) {
      Candle c = recent.get(i);
      ranges[i] = c.high().subtract(c.low()).doubleValue() / c.close().doubleValue();
      rangeSum += ranges[i];
      if (i > 0) {
        double prevClose = recent.get(i - 1).close().doubleValue();
        if (Math.abs(c.open().doubleValue() - prevClose) / prevClose > GAP) {
          gaps++;
        }
      }
    }
    double meanRange = rangeSum / ranges.length;
    int extreme = 0;
    for (double r : ranges) {
      if (r > EXTREME * meanRange) {
        extreme++;
      }
    }
    double gapPct = 100.0 * gaps / (recent.size() - 1);
    double extremePct = 100.0 * extreme / ranges.length;
    double score = Math.max(0, 100 - gapPct - extremePct);
    return new ChartQuality(score, gapPct, meanRange * 100, extremePct);
  }

  /** Why the chart fails the user's limits; empty when it passes or the check is off. */
  public Optional<String> failure(TradingConfig config) {
    if (!config.chartQualityEnabled()) {
      return Optional.empty();
    }
    if (score < config.chartQualityMinScore()) {
      return Optional.of("chart quality score " + Math.round(score) + " < " + config.chartQualityMinScore());
    }
    if (gapFrequencyPct > config.chartQualityMaxGapFrequency()) {
      return Optional.of("gap frequency " + Math.round(gapFrequencyPct) + "% too high");
    }
    if (avgDailyRangePct < config.chartQualityMinDailyRangePct()) {
      return Optional.of(String.format("average daily range %.2f%% too small", avgDailyRangePct));
    }
    if (extremeCandleFrequencyPct > config.chartQualityMaxExtremeCandleFrequency()) {
      return Optional.of("extreme candles " + Math.round(extremeCandleFrequencyPct) + "% too frequent");
    }
    return Optional.empty();
  }
}
