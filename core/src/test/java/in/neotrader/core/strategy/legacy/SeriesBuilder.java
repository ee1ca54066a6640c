package in.neotrader.core.strategy.legacy;

import in.neotrader.core.marketdata.Candle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily candles for the legacy tests, Monday to Friday: each day opens at the previous close (no gaps), its high
 * 1 % above the higher of open and close and its low 1 % below the lower (a daily range near 2 %), 100,000 shares.
 */
final class SeriesBuilder {

  private final List<Candle> candles = new ArrayList<>();
  private LocalDate day;
  private double close = 100;

  SeriesBuilder(LocalDate first) {
    this.day = first;
  }

  /** {@code days} sessions each changing the close by {@code pct} percent. */
  SeriesBuilder move(int days, double pct) {
    for (int i = 0; i < days; i++) {
      add(close, close * (1 + pct / 100), 100_000);
    }
    return this;
  }

  SeriesBuilder add(double open, double newClose, long volume) {
    double high = Math.max(open, newClose) * 1.01;
    double low = Math.min(open, newClose) * 0.99;
    candles.add(new Candle(day, price(open), price(high), price(low), price(newClose), volume));
    close = newClose;
    day = day.plusDays(day.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
    return this;
  }

  /** A candle of exactly these prices. */
  SeriesBuilder candle(double open, double high, double low, double newClose, long volume) {
    candles.add(new Candle(day, price(open), price(high), price(low), price(newClose), volume));
    close = newClose;
    day = day.plusDays(day.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
    return this;
  }

  double lastClose() {
    return close;
  }

  List<Candle> candles() {
    return List.copyOf(candles);
  }

  LocalDate lastDay() {
    return candles.get(candles.size() - 1).day();
  }

  private static BigDecimal price(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
  }
}
