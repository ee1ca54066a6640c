package in.neotrader.verticles.marketdata.quotes;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.marketdata.QuoteCandles;
import in.neotrader.sql.marketdata.StoredInstruments;
import in.neotrader.verticles.marketdata.MarketDataUnavailable;
import in.neotrader.verticles.marketdata.ingest.MarketDataSettings;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the stored market data takes from the quote cache: a live price no older than {@code maxAge}, and
 * today's candle from the snapshot after the close, written as a 'quote' candle for the bhavcopy to replace.
 * A stale or failed quote is never a price: it fails with {@link MarketDataUnavailable} naming the symbol.
 */
public final class LiveQuotes {
  private final QuoteCache cache;
  private final Duration maxAge;
  private final TradingClock clock;
  private final QuoteCandles candles;

  public LiveQuotes(QuoteCache cache, Duration maxAge, TradingClock clock, QuoteCandles candles) {
    this.cache = cache;
    this.maxAge = maxAge;
    this.clock = clock;
    this.candles = candles;
  }

  /** The paper users' live quotes: the Yahoo chart API (or the configured QUOTES_URL) behind the node's cache. */
  public static LiveQuotes yahoo(Vertx vertx, Pool pool, MarketDataSettings settings, TradingClock clock) {
    return new LiveQuotes(new QuoteCache(new YahooQuotes(vertx, settings.quotesUrl()), settings.quoteTtl()),
        settings.quoteMaxAge(), clock, new QuoteCandles(pool));
  }

  /**
   * The broker users' live quotes: Kotak's, with the deployment's KOTAK_CONSUMER_KEY and the instrument store's
   * tokens, behind their own cache; the Yahoo ones when no consumer key is configured.
   */
  public static LiveQuotes forBroker(Vertx vertx, Pool pool, MarketDataSettings settings, TradingClock clock) {
    return settings.kotakConsumerKey()
        .map(key -> new LiveQuotes(new QuoteCache(new KotakQuotes(vertx, settings.kotakBaseUrl(), key,
            new StoredInstruments(pool)), settings.quoteTtl()), settings.quoteMaxAge(), clock, new QuoteCandles(pool)))
        .orElseGet(() -> yahoo(vertx, pool, settings, clock));
  }

  public Instant now() {
    return clock.now();
  }

  /** The last traded price at {@code at}, refused when the exchange time of the quote is older than maxAge. */
  public Future<BigDecimal> lastPrice(String symbol, Instant at) {
    return cache.quote(symbol, at).compose(q -> {
      Duration age = Duration.between(q.tradedAt(), at);
      return age.compareTo(maxAge) > 0
          ? Future.failedFuture(MarketDataUnavailable.noQuote(cache.sourceName(), symbol, "the last quote is "
              + age.toSeconds() + " s old (at most " + maxAge.toSeconds() + " s is used)"))
          : Future.succeededFuture(q.lastPrice());
    });
  }

  /** Writes {@code day}'s candle of {@code symbol} from its quote; fails when the quote is not of that day. */
  public Future<Void> writeTodaysCandle(String symbol, LocalDate day) {
    return todaysQuote(symbol, day).compose(q -> candles.write(symbol, q.session()));
  }

  /** The quote of {@code symbol} now, refused unless it is of {@code day}'s session. */
  public Future<Quote> todaysQuote(String symbol, LocalDate day) {
    return cache.quote(symbol, clock.now()).compose(q -> q.day().equals(day) ? Future.succeededFuture(q)
        : Future.failedFuture(MarketDataUnavailable.noQuote(cache.sourceName(), symbol,
            "the last quote is of " + q.day() + ", not " + day)));
  }
}
