package in.neotrader.core.marketdata;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.sizing.TickSize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The daily bars of one simulated symbol, generated in order from {@link #EPOCH} with the
 * symbol's own random stream, so a bar never depends on which days were asked for first.
 * log(price) = trend + a slow random walk + a cycle of 16-30 sessions and 6-12 % amplitude:
 * the cycle's down-swings push RSI10 under 30 (buy signals) and its up-swings cross EMA9 (exits).
 */
final class SimulatedSeries {

  static final LocalDate EPOCH = LocalDate.of(2022, 1, 3);
  private static final TickSize TICKS = TickSize.nse();

  private final NseCalendar calendar;
  private final Random random;
  private final double basePrice;
  private final double drift;
  private final double amplitude;
  private final double period;
  private final double phase;
  private final double baseVolume;
  private final List<Candle> candles = new ArrayList<>();
  // The bars so far, frozen: every read of a price shares it instead of copying years of bars.
  private List<Candle> frozen = List.of();
  private double walk;
  private double prevClose;

  SimulatedSeries(NseCalendar calendar, long seed, double basePrice) {
    this.calendar = calendar;
    this.random = new Random(seed);
    this.basePrice = basePrice;
    this.drift = 0.0001 + random.nextDouble() * 0.0005;
    this.amplitude = 0.06 + random.nextDouble() * 0.06;
    this.period = 16 + random.nextInt(15);
    this.phase = random.nextDouble() * 2 * Math.PI;
    this.baseVolume = 300_000 + random.nextDouble() * 4_000_000;
    this.prevClose = basePrice;
  }

  /** Bars from the epoch up to and including {@code to}, oldest first. */
  synchronized List<Candle> upTo(LocalDate to) {
    LocalDate day = candles.isEmpty() ? EPOCH.minusDays(1) : candles.get(candles.size() - 1).day();
    while (day.isBefore(to)) {
      day = day.plusDays(1);
      if (calendar.isTradingDay(day)) {
        candles.add(next(day));
      }
    }
    if (frozen.size() != candles.size()) {
      frozen = List.copyOf(candles);
    }
    int end = frozen.size();
    while (end > 0 && frozen.get(end - 1).day().isAfter(to)) {
      end--;
    }
    return frozen.subList(0, end);
  }

  private Candle next(LocalDate day) {
    int t = candles.size();
    walk += random.nextGaussian() * 0.008;
    double cycle = amplitude * Math.sin(2 * Math.PI * t / period + phase);
    double close = basePrice * Math.exp(drift * t + walk + cycle);
    double open = prevClose * (1 + random.nextGaussian() * 0.004);
    double high = Math.max(open, close) * (1 + 0.003 + Math.abs(random.nextGaussian()) * 0.005);
    double low = Math.min(open, close) * (1 - 0.003 - Math.abs(random.nextGaussian()) * 0.005);
    double move = Math.abs(close / prevClose - 1);
    long volume = Math.round(baseVolume * Math.exp(random.nextGaussian() * 0.25) * (1 + 10 * move));
    prevClose = close;
    return new Candle(day, price(open), price(high), price(low), price(close), volume);
  }

  private static BigDecimal price(double v) {
    return TICKS.round(BigDecimal.valueOf(v));
  }
}
