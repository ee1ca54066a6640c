package in.neotrader.verticles.marketdata;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.marketdata.Universe;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.verticles.marketdata.quotes.LiveQuotes;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The real prices, from the shared daily_candles store: one instance per node serves every user. A read for a
 * day the store does not have yet fails with {@link MarketDataUnavailable} (the task is skipped, not traded on
 * older prices). With live quotes, the session's prices are quotes, and after the close today's candle is the
 * quote snapshot until the bhavcopy replaces it; without them there is no price during the session.
 */
public final class StoredMarketData implements MarketData {

  /** The name tasks' skip reasons give this source. */
  public static final String SOURCE = "daily-candles";
  private static final LocalTime OPEN = LocalTime.of(9, 15);
  private static final LocalTime CLOSE = LocalTime.of(15, 30);

  private final DailyCandleReads candles;
  private final NseCalendar calendar;
  private final LongFunction<Future<Universe>> universe;
  private final Optional<LiveQuotes> quotes;

  /** @param universe each user's symbols to screen (AnalysisUniverse::of) */
  public StoredMarketData(DailyCandleReads candles, NseCalendar calendar, LongFunction<Future<Universe>> universe,
      Optional<LiveQuotes> quotes) {
    this.candles = candles;
    this.calendar = calendar;
    this.universe = universe;
    this.quotes = quotes;
  }

  /** Without live quotes: candles only. */
  public StoredMarketData(DailyCandleReads candles, NseCalendar calendar, LongFunction<Future<Universe>> universe) {
    this(candles, calendar, universe, Optional.empty());
  }

  /** Fails as stale unless the store holds the last trading day on or before {@code to}. */
  @Override
  public Future<List<Candle>> dailyCandles(String symbol, LocalDate to, int count) {
    LocalDate needed = calendar.isTradingDay(to) ? to : calendar.previousTradingDay(to);
    return candles.lastDay().compose(last -> {
      if (last.isPresent() && !last.get().isBefore(needed)) {
        return candles.candles(symbol, to, count);
      }
      if (quotes.isPresent() && last.isPresent() && last.get().equals(calendar.previousTradingDay(needed))
          && closed(needed, quotes.get().now())) {
        // Only today is missing and its session is over: the quote snapshot stands in for the bhavcopy.
        return quotes.get().writeTodaysCandle(symbol, needed).compose(v -> candles.candles(symbol, to, count));
      }
      return Future.failedFuture(MarketDataUnavailable.stale(SOURCE, last, "the run", needed));
    });
  }

  private static boolean closed(LocalDate day, Instant now) {
    ZonedDateTime ist = now.atZone(TradingClock.IST);
    return ist.toLocalDate().isAfter(day) || ist.toLocalDate().equals(day) && !ist.toLocalTime().isBefore(CLOSE);
  }

  /** Before the open the previous close, after the close the day's close, during the session the live quote. */
  @Override
  public Future<BigDecimal> lastPrice(String symbol, Instant at) {
    ZonedDateTime ist = at.atZone(TradingClock.IST);
    LocalDate day = ist.toLocalDate();
    boolean session = calendar.isTradingDay(day) && !ist.toLocalTime().isBefore(OPEN);
    if (session && ist.toLocalTime().isBefore(CLOSE)) {
      return quotes.map(live -> live.lastPrice(symbol, at)).orElseGet(() -> Future.failedFuture(
          MarketDataUnavailable.noQuote("quotes", symbol, "no live quote source on this node")));
    }
    LocalDate closeDay = session ? day : calendar.previousTradingDay(day);
    return lastCandle(symbol, closeDay).map(Candle::close);
  }

  @Override
  public Future<BigDecimal> sessionOpen(String symbol, LocalDate day) {
    if (!calendar.isTradingDay(day)) {
      return Future.failedFuture(new IllegalArgumentException(day + " is not a trading day"));
    }
    // The bhavcopy of a session in progress does not exist yet: its open is the quote's.
    return lastCandle(symbol, day).map(Candle::open).recover(e -> e instanceof MarketDataUnavailable
        && quotes.isPresent() && !quotes.get().now().isBefore(day.atTime(OPEN).atZone(TradingClock.IST).toInstant())
        ? quotes.get().todaysQuote(symbol, day).map(q -> q.session().open()) : Future.failedFuture(e));
  }

  @Override
  public Future<Universe> universe(long userId) {
    return universe.apply(userId);
  }

  private Future<Candle> lastCandle(String symbol, LocalDate day) {
    return dailyCandles(symbol, day, 1).compose(found -> found.isEmpty() || !found.get(0).day().equals(day)
        ? Future.failedFuture(MarketDataUnavailable.stale(SOURCE + " for " + symbol,
            found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).day()), "the price", day))
        : Future.succeededFuture(found.get(0)));
  }
}
