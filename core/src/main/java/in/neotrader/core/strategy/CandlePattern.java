package in.neotrader.core.strategy;

import in.neotrader.core.marketdata.Candle;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Bullish reversal patterns the verdict and the strength score reward. */
public enum CandlePattern {
  HAMMER,
  BULLISH_ENGULFING,
  /** Needs a price/RSI comparison the caller may supply; not detected from candles here. */
  BULLISH_DIVERGENCE;

  /** Hammer and bullish engulfing on the last candle(s). */
  public static Set<CandlePattern> detect(List<Candle> candles) {
    Set<CandlePattern> found = EnumSet.noneOf(CandlePattern.class);
    if (candles.isEmpty()) {
      return found;
    }
    Candle last = candles.get(candles.size() - 1);
    BigDecimal body = last.close().subtract(last.open()).abs();
    BigDecimal lowerShadow = last.open().min(last.close()).subtract(last.low());
    BigDecimal upperShadow = last.high().subtract(last.open().max(last.close()));
    if (body.signum() > 0 && lowerShadow.compareTo(body.multiply(BigDecimal.valueOf(2))) >= 0
        && upperShadow.compareTo(body) <= 0) {
      found.add(HAMMER);
    }
    if (candles.size() >= 2) {
      Candle prev = candles.get(candles.size() - 2);
      boolean prevRed = prev.close().compareTo(prev.open()) < 0;
      boolean lastGreen = last.close().compareTo(last.open()) > 0;
      if (prevRed && lastGreen && last.open().compareTo(prev.close()) <= 0
          && last.close().compareTo(prev.open()) >= 0) {
        found.add(BULLISH_ENGULFING);
      }
    }
    return found;
  }
}
