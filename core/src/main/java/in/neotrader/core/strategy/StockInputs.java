package in.neotrader.core.strategy;

import in.neotrader.core.marketdata.Candle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the analysis knows about one stock on one day. Candles are daily, oldest first, ending
 * with {@code day}. Inputs the new service may not have (fundamentals, the weekly alignment
 * score, news) are optional; a missing one neither helps nor hurts the verdict.
 */
public record StockInputs(String symbol, LocalDate day, List<Candle> candles, Optional<ChartQuality> chartQuality,
    Optional<Double> pe, Optional<Double> pb, Optional<Integer> mtfAlignment, Set<CandlePattern> patterns,
    Optional<Double> newsScore) {

  public StockInputs {
    candles = List.copyOf(candles);
    patterns = Set.copyOf(patterns);
  }

  /** Candles only: chart quality and patterns derived from them, nothing else known. */
  public static StockInputs fromCandles(String symbol, LocalDate day, List<Candle> candles) {
    return new StockInputs(symbol, day, candles, Optional.of(ChartQuality.assess(candles)), Optional.empty(),
        Optional.empty(), Optional.empty(), CandlePattern.detect(candles), Optional.empty());
  }
}
