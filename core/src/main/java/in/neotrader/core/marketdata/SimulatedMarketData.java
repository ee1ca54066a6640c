package in.neotrader.core.marketdata;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.sizing.TickSize;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deterministic prices for the demo, the tests and paper trading without a data feed: the same
 * seed gives the same candles and intraday prices. History starts on 2022-01-03, so any day
 * from mid-2023 has more than 300 candles before it. Candles are final as soon as asked for:
 * callers must not ask for today's candle before the close.
 */
public final class SimulatedMarketData implements MarketData {

  /** Twenty liquid NSE names and a plausible starting price for each. */
  public static final Map<String, Double> DEFAULT_UNIVERSE = defaultUniverse();

  private static final LocalTime OPEN = LocalTime.of(9, 15);
  private static final LocalTime CLOSE = LocalTime.of(15, 30);
  private static final double SESSION_MINUTES = Duration.between(OPEN, CLOSE).toMinutes();
  private static final TickSize TICKS = TickSize.nse();

  private final long seed;
  private final NseCalendar calendar;
  private final Map<String, Double> basePrices;
  // Every user's universe is the same list; built once (each AMO instrument resolves against it).
  private final Future<Universe> universe;
  private final Map<String, SimulatedSeries> series = new ConcurrentHashMap<>();

  public SimulatedMarketData(long seed, NseCalendar calendar, Map<String, Double> basePrices) {
    this.seed = seed;
    this.calendar = calendar;
    this.basePrices = Map.copyOf(basePrices);
    this.universe = Future.succeededFuture(Universe.of(this.basePrices.keySet().stream().sorted().toList()));
  }

  public SimulatedMarketData(long seed, NseCalendar calendar) {
    this(seed, calendar, DEFAULT_UNIVERSE);
  }

  @Override
  public Future<List<Candle>> dailyCandles(String symbol, LocalDate to, int count) {
    return seriesOf(symbol).map(s -> {
      List<Candle> all = s.upTo(to);
      return all.subList(Math.max(0, all.size() - count), all.size());
    });
  }

  @Override
  public Future<BigDecimal> lastPrice(String symbol, Instant at) {
    return seriesOf(symbol).map(s -> priceAt(s, at.atZone(TradingClock.IST)));
  }

  @Override
  public Future<BigDecimal> sessionOpen(String symbol, LocalDate day) {
    if (!calendar.isTradingDay(day)) {
      return Future.failedFuture(new IllegalArgumentException(day + " is not a trading day"));
    }
    return seriesOf(symbol).map(s -> last(s.upTo(day)).open());
  }

  @Override
  public Future<Universe> universe(long userId) {
    return universe;
  }

  /** Before the open: yesterday's close; during the session: a path from open to close inside the day's range. */
  private BigDecimal priceAt(SimulatedSeries s, ZonedDateTime ist) {
    LocalDate day = ist.toLocalDate();
    LocalTime time = ist.toLocalTime();
    boolean trading = calendar.isTradingDay(day);
    if (!trading || time.isBefore(OPEN)) {
      return last(s.upTo(day.minusDays(1))).close();
    }
    Candle c = last(s.upTo(day));
    if (!time.isBefore(CLOSE)) {
      return c.close();
    }
    double frac = Duration.between(OPEN, time).toSeconds() / 60.0 / SESSION_MINUTES;
    double o = c.open().doubleValue();
    double cl = c.close().doubleValue();
    double room = Math.min(c.high().doubleValue() - Math.max(o, cl), Math.min(o, cl) - c.low().doubleValue());
    double wiggle = room * Math.sin(Math.PI * frac) * Math.sin(6 * Math.PI * frac + day.getDayOfYear());
    return TICKS.round(BigDecimal.valueOf(o + (cl - o) * frac + wiggle));
  }

  private Future<SimulatedSeries> seriesOf(String symbol) {
    Double base = basePrices.get(symbol);
    if (base == null) {
      return Future.failedFuture(new IllegalArgumentException("unknown symbol " + symbol));
    }
    return Future.succeededFuture(series.computeIfAbsent(symbol,
        sym -> new SimulatedSeries(calendar, seed * 31 + sym.hashCode(), base)));
  }

  private static Candle last(List<Candle> candles) {
    if (candles.isEmpty()) {
      throw new IllegalArgumentException("no simulated history before " + SimulatedSeries.EPOCH);
    }
    return candles.get(candles.size() - 1);
  }

  private static Map<String, Double> defaultUniverse() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("RELIANCE", 1250.0);
    m.put("TCS", 3300.0);
    m.put("INFY", 1450.0);
    m.put("HDFCBANK", 1500.0);
    m.put("ICICIBANK", 900.0);
    m.put("SBIN", 550.0);
    m.put("ITC", 230.0);
    m.put("LT", 1900.0);
    m.put("AXISBANK", 700.0);
    m.put("KOTAKBANK", 1800.0);
    m.put("BHARTIARTL", 700.0);
    m.put("HINDUNILVR", 2400.0);
    m.put("MARUTI", 7500.0);
    m.put("TATAMOTORS", 450.0);
    m.put("JUBLFOOD", 560.0);
    m.put("ASIANPAINT", 3100.0);
    m.put("SUNPHARMA", 800.0);
    m.put("WIPRO", 240.0);
    m.put("M&M", 850.0);
    m.put("BAJAJ-AUTO", 3500.0);
    return Map.copyOf(m);
  }
}
