package in.neotrader.verticles.marketdata.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.marketdata.QuoteCandles;
import in.neotrader.sql.marketdata.StoredInstruments;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.verticles.broker.kotak.KotakCredentials;
import in.neotrader.verticles.broker.kotak.fake.FakeKotakNeoServer;
import in.neotrader.verticles.broker.kotak.fake.FakeRequest;
import in.neotrader.verticles.marketdata.MarketDataUnavailable;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Broker users' live prices from Kotak's quotes, several instruments per request, by scrip-master token. */
class KotakQuotesTest {
  private static final KotakCredentials ACCOUNT = new KotakCredentials("deployment-consumer-key", "+919876501234",
      "QZ7T4", "731904", "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU");

  private final Vertx vertx = Vertx.vertx();
  private final TestDatabase db = TestDatabase.create();
  private FakeKotakNeoServer kotak;
  private KotakQuotes quotes;

  @BeforeEach
  void start() throws Exception {
    kotak = await(FakeKotakNeoServer.start(vertx, ACCOUNT));
    db.execute("INSERT INTO instruments (symbol, series, kotak_token, kotak_trading_symbol, tick_size, last_seen) VALUES"
        + " ('RELIANCE', 'EQ', '2885', 'RELIANCE-EQ', 0.10, current_date), ('HDFCBANK', 'EQ', '1333', 'HDFCBANK-EQ',"
        + " 0.05, current_date), ('NOTOKEN', 'EQ', NULL, NULL, 0.05, current_date)");
    kotak.putQuote("2885", "RELIANCE-EQ", new BigDecimal("2451.30"));
    kotak.putQuote("1333", "HDFCBANK-EQ", new BigDecimal("1702.15"));
    quotes = new KotakQuotes(vertx, kotak.loginUrl(), ACCOUNT.accessToken(), new StoredInstruments(db.pool(vertx)));
  }

  @AfterEach
  void stop() throws Exception {
    await(vertx.close());
  }

  @Test
  void oneRequestCarriesEveryTokenWithTheConsumerKeyOnlyAndASymbolWithoutATokenIsLeftOut() throws Exception {
    Map<String, Quote> got = await(quotes.fetch(List.of("RELIANCE", "HDFCBANK", "NOTOKEN")));

    assertThat(got.keySet()).containsExactlyInAnyOrder("RELIANCE", "HDFCBANK");
    assertThat(got.get("RELIANCE").lastPrice()).isEqualByComparingTo("2451.30");
    assertThat(got.get("HDFCBANK").session().close()).isEqualByComparingTo("1702.15");
    assertThat(Duration.between(got.get("RELIANCE").tradedAt(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    List<FakeRequest> sent = kotak.requests();
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).path()).startsWith("/script-details/1.0/quotes/neosymbol/").endsWith("/all")
        .contains("nse_cm|2885").contains("nse_cm|1333");
    assertThat(sent.get(0).headers().get("Authorization")).isEqualTo(ACCOUNT.accessToken());
    assertThat(sent.get(0).headers().get("Sid")).as("no trade session needed").isNull();
  }

  @Test
  void aQuoteWithoutItsExchangeTimeIsNoQuoteAndAnOldOneIsRefusedAsStale() throws Exception {
    assertThat(KotakQuotes.quote("RELIANCE", new JsonObject().put("ltp", "2451.30"))).isEmpty();
    long hourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
    Quote old = KotakQuotes.quote("RELIANCE", new JsonObject().put("ltp", "2451.30")
        .put("lstup_time", Long.toString(hourAgo))).orElseThrow();
    assertThat(old.tradedAt()).isEqualTo(Instant.ofEpochSecond(hourAgo));

    QuoteSource answersOld = new QuoteSource() {
      public String name() {
        return KotakQuotes.NAME;
      }

      public Future<Map<String, Quote>> fetch(List<String> symbols) {
        return Future.succeededFuture(Map.of("RELIANCE", old));
      }
    };
    LiveQuotes live = new LiveQuotes(new QuoteCache(answersOld, Duration.ofSeconds(15)), Duration.ofMinutes(2),
        TradingClock.system(), new QuoteCandles(db.pool(vertx)));
    try {
      await(live.lastPrice("RELIANCE", Instant.now()));
      throw new AssertionError("an hour-old price was used");
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(MarketDataUnavailable.class).hasMessageContaining("kotak-quotes");
    }
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
