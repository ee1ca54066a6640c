package in.neotrader.verticles.marketdata;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.sql.marketdata.DailyCandleReads;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * The real prices, from the shared daily_candles store: one instance per node serves every user. A read for a
 * day the store does not have yet fails with {@link MarketDataUnavailable} (the task is skipped, not traded on
 * older prices). Without a live quote source (not wired yet) there is no price during the session.
 */
public final class StoredMarketData implements MarketData {

  static final String SOURCE = "daily-candles";
  private static final LocalTime OPEN = LocalTime.of(9, 15);
  private static final LocalTime CLOSE = LocalTime.of(15, 30);

  private final DailyCandleReads candles;
  private final NseCalendar calendar;
  private final Supplier<Future<List<String>>> universe;

  /** @param universe the symbols to screen; {@link #storedUniverse} until a configured universe is merged */
  public StoredMarketData(DailyCandleReads candles, NseCalendar calendar, Supplier<Future<List<String>>> universe) {
    this.candles = candles;
    this.calendar = calendar;
    this.universe = universe;
  }

  /** The default universe: every symbol with a candle on the store's last day. */
  public static Supplier<Future<List<String>>> storedUniverse(DailyCandleReads candles) {
    return () -> candles.lastDay().compose(last -> last.map(candles::symbolsOn)
        .orElseGet(() -> Future.succeededFuture(List.of())));
  }

  /** Fails as stale unless the store holds the last trading day on or before {@code to}. */
  @Override
  public Future<List<Candle>> dailyCandles(String symbol, LocalDate to, int count) {
    LocalDate needed = calendar.isTradingDay(to) ? to : calendar.previousTradingDay(to);
    return candles.lastDay().compose(last -> last.isPresent() && !last.get().isBefore(needed)
        ? candles.candles(symbol, to, count)
        : Future.failedFuture(MarketDataUnavailable.stale(SOURCE, last, "the run", needed)));
  }

  /** Before the open the previous close, after the close the day's close; none during the session yet. */
  @Override
  public Future<BigDecimal> lastPrice(String symbol, Instant at) {
    ZonedDateTime ist = at.atZone(TradingClock.IST);
    LocalDate day = ist.toLocalDate();
    boolean session = calendar.isTradingDay(day) && !ist.toLocalTime().isBefore(OPEN);
    if (session && ist.toLocalTime().isBefore(CLOSE)) {
      return Future.failedFuture(MarketDataUnavailable.noQuote("quotes", symbol, "no live quote source on this node"));
    }
    LocalDate closeDay = session ? day : calendar.previousTradingDay(day);
    return lastCandle(symbol, closeDay).map(Candle::close);
  }

  @Override
  public Future<BigDecimal> sessionOpen(String symbol, LocalDate day) {
    if (!calendar.isTradingDay(day)) {
      return Future.failedFuture(new IllegalArgumentException(day + " is not a trading day"));
    }
    return lastCandle(symbol, day).map(Candle::open);
  }

  @Override
  public Future<List<String>> universe() {
    return universe.get();
  }

  private Future<Candle> lastCandle(String symbol, LocalDate day) {
    return dailyCandles(symbol, day, 1).compose(found -> found.isEmpty() || !found.get(0).day().equals(day)
        ? Future.failedFuture(MarketDataUnavailable.stale(SOURCE + " for " + symbol,
            found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0).day()), "the price", day))
        : Future.succeededFuture(found.get(0)));
  }
}
