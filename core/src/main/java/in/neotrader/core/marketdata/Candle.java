package in.neotrader.core.marketdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One daily bar. */
public record Candle(LocalDate day, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {

  public Candle {
    if (volume < 0) {
      throw new IllegalArgumentException("volume must be >= 0 on " + day);
    }
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException("low above high on " + day);
    }
  }

  public static double[] closes(List<Candle> candles) {
    return candles.stream().mapToDouble(c -> c.close().doubleValue()).toArray();
  }

  public static long[] volumes(List<Candle> candles) {
    return candles.stream().mapToLong(Candle::volume).toArray();
  }
}
