package in.neotrader.verticles.marketdata.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.verticles.marketdata.MarketDataUnavailable;
import in.neotrader.verticles.marketdata.fake.FakeYahooChart;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The node's quote cache on the Yahoo chart API served by a local fake: one request per symbol per ttl. */
class QuoteCacheTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final Instant OPEN = MONDAY.atTime(9, 15).atZone(TradingClock.IST).toInstant();
  private static final Instant T0 = MONDAY.atTime(11, 0).atZone(TradingClock.IST).toInstant();
  private static final Duration TTL = Duration.ofSeconds(15);

  private final Vertx vertx = Vertx.vertx();
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private FakeYahooChart yahoo;
  private QuoteCache cache;

  @BeforeEach
  void start() throws Exception {
    Metrics.addRegistry(metrics);
    yahoo = await(FakeYahooChart.start(vertx));
    yahoo.answerMinutes("SBIN", OPEN, "612.5", T0.minusSeconds(20), new double[] {610, 611, 609, 610.5, 1000},
        null, new double[] {610.5, 614, 608.5, 612.5, 2500});
    yahoo.answerMinutes("ITC", OPEN, "402", T0.minusSeconds(20), new double[] {400, 403, 399, 402, 700});
    cache = new QuoteCache(new YahooQuotes(vertx, yahoo.chartUrl()), TTL);
  }

  @AfterEach
  void stop() throws Exception {
    Metrics.removeRegistry(metrics);
    await(vertx.close());
  }

  @Test
  void everyLookupOfASymbolWithinTheTtlSharesOneRequest() throws Exception {
    List<Future<Quote>> together = IntStream.range(0, 5).mapToObj(i -> cache.quote("SBIN", T0)).toList();
    for (Future<Quote> q : together) {
      assertThat(await(q).lastPrice()).isEqualByComparingTo("612.5");
    }
    await(cache.quote("SBIN", T0.plus(TTL).minusSeconds(1)));
    assertThat(yahoo.requestsFor("SBIN.NS")).as("five users at once and one later within the ttl").isEqualTo(1);

    await(cache.quote("SBIN", T0.plus(TTL)));
    assertThat(yahoo.requestsFor("SBIN.NS")).as("after the ttl the quote is fetched again").isEqualTo(2);
  }

  @Test
  void aBatchFetchesEachMissingSymbolOnceAndNamesTheOneWithoutAQuote() throws Exception {
    Map<String, Future<Quote>> batch = cache.quotes(List.of("SBIN", "ITC", "NOSUCH", "SBIN"), T0);
    Quote sbin = await(batch.get("SBIN"));
    assertThat(await(batch.get("ITC")).lastPrice()).isEqualByComparingTo("402");
    assertThat(failure(batch.get("NOSUCH"))).isInstanceOf(MarketDataUnavailable.class)
        .hasMessageStartingWith("market data unavailable: yahoo-chart gave no price for NOSUCH");
    // The session so far from the minute bars, the null minute skipped, the close being the last price.
    assertThat(sbin.session()).isEqualTo(new Candle(MONDAY, new BigDecimal("610.0000"), new BigDecimal("614.0000"),
        new BigDecimal("608.5000"), new BigDecimal("612.5"), 3500));

    await(cache.quotes(List.of("SBIN", "ITC"), T0.plusSeconds(5)).get("ITC"));
    assertThat(List.of(yahoo.requestsFor("SBIN.NS"), yahoo.requestsFor("ITC.NS"), yahoo.requestsFor("NOSUCH.NS")))
        .containsExactly(1, 1, 1);
    assertThat(metrics.get(QuoteCache.ERRORS_METER).tag("source", "yahoo-chart").counter().count())
        .as("the one symbol without a quote, counted for /metrics").isEqualTo(1.0);
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private static Throwable failure(Future<?> f) throws Exception {
    try {
      await(f);
      throw new AssertionError("expected a failure");
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }
}
