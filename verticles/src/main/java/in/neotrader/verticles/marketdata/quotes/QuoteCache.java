package in.neotrader.verticles.marketdata.quotes;

import in.neotrader.verticles.marketdata.MarketDataUnavailable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The node's quotes, shared by every user: a symbol is fetched at most once per {@code ttl} whoever asks, the
 * symbols missing from one lookup are fetched in one source call, and a lookup while a symbol's fetch is in
 * flight joins it. A failed fetch is kept for the ttl too (a down source is not hammered by every user).
 * Times are the callers' trading-clock instants, so a simulated clock drives the ttl in tests.
 */
public final class QuoteCache {

  /** Symbols a source failed to quote on this node, by source: Micrometer's global registry, on /metrics. */
  public static final String ERRORS_METER = "market.data.quote.errors";

  private record Entry(Future<Quote> quote, Instant fetchedAt) {
  }

  private final QuoteSource source;
  private final Duration ttl;
  private final Map<String, Entry> entries = new HashMap<>();
  private final Counter errors;

  public QuoteCache(QuoteSource source, Duration ttl) {
    this.source = source;
    this.ttl = ttl;
    this.errors = Counter.builder(ERRORS_METER).tag("source", source.name())
        .description("symbols a live-quote source failed to quote").register(Metrics.globalRegistry);
  }

  public String sourceName() {
    return source.name();
  }

  /** The quote of {@code symbol} as of {@code at}; fails with {@link MarketDataUnavailable} naming it. */
  public Future<Quote> quote(String symbol, Instant at) {
    return quotes(List.of(symbol), at).get(symbol);
  }

  /** Each symbol's quote as of {@code at}, the ones not cached fetched together. */
  public Map<String, Future<Quote>> quotes(Collection<String> symbols, Instant at) {
    Map<String, Future<Quote>> answer = new HashMap<>();
    Map<String, Promise<Quote>> toFetch = new HashMap<>();
    synchronized (entries) {
      for (String symbol : symbols) {
        Entry cached = entries.get(symbol);
        if (cached != null && (!cached.quote().isComplete() || at.isBefore(cached.fetchedAt().plus(ttl)))) {
          answer.put(symbol, cached.quote());
        } else if (!toFetch.containsKey(symbol)) {
          Promise<Quote> promise = Promise.promise();
          toFetch.put(symbol, promise);
          entries.put(symbol, new Entry(promise.future(), at));
          answer.put(symbol, promise.future());
        }
      }
    }
    if (!toFetch.isEmpty()) {
      fetch(toFetch);
    }
    return answer;
  }

  private void fetch(Map<String, Promise<Quote>> toFetch) {
    source.fetch(new ArrayList<>(toFetch.keySet())).onComplete(fetched -> toFetch.forEach((symbol, promise) -> {
      Quote quote = fetched.succeeded() ? fetched.result().get(symbol) : null;
      if (quote != null) {
        promise.complete(quote);
      } else {
        errors.increment();
        promise.fail(MarketDataUnavailable.noQuote(source.name(), symbol,
            fetched.failed() ? fetched.cause().getMessage() : "the source had no quote for it"));
      }
    }));
  }
}
