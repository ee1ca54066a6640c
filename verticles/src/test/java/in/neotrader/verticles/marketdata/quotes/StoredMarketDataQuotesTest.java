package in.neotrader.verticles.marketdata.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.SimulatedClock;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.sql.marketdata.BhavcopyDay;
import in.neotrader.sql.marketdata.BhavcopyRow;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.marketdata.MarketDataWriter;
import in.neotrader.sql.marketdata.QuoteCandles;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.verticles.marketdata.MarketDataUnavailable;
import in.neotrader.verticles.marketdata.StoredMarketData;
import in.neotrader.verticles.marketdata.fake.FakeYahooChart;
import in.neotrader.verticles.marketdata.universe.TestUniverses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stored market data with live quotes from a local Yahoo fake, on a real database holding Friday's
 * bhavcopy: Monday's session prices are quotes, and Monday's candle after the close is the quote snapshot
 * until Monday's bhavcopy replaces it.
 */
class StoredMarketDataQuotesTest {
  private static final LocalDate FRIDAY = LocalDate.of(2025, 12, 19);
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  private final TestDatabase db = TestDatabase.create();
  private final Vertx vertx = Vertx.vertx();
  private final SimulatedClock clock = SimulatedClock.frozenAt(ist(MONDAY, 11, 0));
  private Pool pool;
  private FakeYahooChart yahoo;
  private StoredMarketData market;

  @BeforeEach
  void start() throws Exception {
    pool = db.pool(vertx);
    await(pool.preparedQuery("INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, source) "
        + "VALUES ($1, $2, $3, $4, $5, $6, $7, 'bhavcopy')").executeBatch(List.of(
            Tuple.tuple(List.of("SBIN", FRIDAY, bd("600"), bd("606"), bd("598"), bd("605"), 9000L)),
            Tuple.tuple(List.of("ITC", FRIDAY, bd("400"), bd("405"), bd("398"), bd("401"), 7000L)))));
    yahoo = await(FakeYahooChart.start(vertx));
    QuoteCache cache = new QuoteCache(new YahooQuotes(vertx, yahoo.chartUrl()), Duration.ofSeconds(15));
    DailyCandleReads reads = new DailyCandleReads(pool);
    market = new StoredMarketData(reads, NseCalendar.bundled(), TestUniverses.of(pool, "ITC", "SBIN"),
        Optional.of(new LiveQuotes(cache, Duration.ofMinutes(2), clock, new QuoteCandles(pool))));
  }

  @AfterEach
  void stop() throws Exception {
    await(pool.close());
    await(vertx.close());
  }

  @Test
  void theSessionsPricesAreTheLiveQuote() throws Exception {
    yahoo.answerMinutes("SBIN", ist(MONDAY, 9, 15), "612.5", ist(MONDAY, 10, 59).plusSeconds(40),
        new double[] {610, 611, 609, 610.5, 1000}, new double[] {610.5, 614, 608.5, 612.5, 2500});
    assertThat(await(market.lastPrice("SBIN", clock.now()))).isEqualByComparingTo("612.5");
    assertThat(await(market.sessionOpen("SBIN", MONDAY))).isEqualByComparingTo("610");
  }

  @Test
  void aStaleOrMissingQuoteIsNoPriceAndNamesTheSymbolAndItsAge() throws Exception {
    yahoo.answerMinutes("ITC", ist(MONDAY, 9, 15), "402", ist(MONDAY, 10, 50), new double[] {400, 403, 399, 402, 700});
    assertThat(failure(market.lastPrice("ITC", clock.now()))).isInstanceOf(MarketDataUnavailable.class)
        .hasMessage("market data unavailable: yahoo-chart gave no price for ITC: the last quote is 600 s old "
            + "(at most 120 s is used)");
    assertThat(failure(market.lastPrice("SBIN", clock.now()))).isInstanceOf(MarketDataUnavailable.class)
        .hasMessageStartingWith("market data unavailable: yahoo-chart gave no price for SBIN");
  }

  @Test
  void afterTheCloseTodaysCandleIsTheQuoteSnapshotUntilTheBhavcopyReplacesIt() throws Exception {
    clock.advanceTo(ist(MONDAY, 16, 0));
    yahoo.answerMinutes("SBIN", ist(MONDAY, 9, 15), "611", ist(MONDAY, 15, 29).plusSeconds(59),
        new double[] {607, 615, 606, 612, 4000}, null, new double[] {612, 613, 610, 611, 3000});

    List<Candle> snapshot = await(market.dailyCandles("SBIN", MONDAY, 10));
    assertThat(snapshot).hasSize(2);
    assertThat(snapshot.get(1)).isEqualTo(new Candle(MONDAY, bd("607.0000"), bd("615.0000"), bd("606.0000"),
        bd("611.0000"), 7000));
    assertThat(source("SBIN", MONDAY)).isEqualTo("quote");
    assertThat(await(market.lastPrice("SBIN", clock.now()))).isEqualByComparingTo("611");
    assertThat(await(market.universe(1)).symbols()).as("a quote candle does not make Monday the store's day")
        .containsExactly("ITC", "SBIN");
    assertThat(failure(market.dailyCandles("ITC", MONDAY, 10))).as("ITC has no quote: no candle invented")
        .isInstanceOf(MarketDataUnavailable.class);

    await(new MarketDataWriter(pool).writeBhavcopy(new BhavcopyDay(MONDAY, "BhavCopy_NSE_CM_20251222.csv.zip", "sha",
        List.of(), List.of(row("SBIN", "608", "616", "605", "613.4"), row("ITC", "401", "404", "400", "403")))));
    int requests = yahoo.requestsFor("SBIN.NS");
    assertThat(await(market.dailyCandles("SBIN", MONDAY, 10)).get(1).close()).isEqualByComparingTo("613.4");
    assertThat(source("SBIN", MONDAY)).isEqualTo("bhavcopy");
    assertThat(yahoo.requestsFor("SBIN.NS")).as("with the bhavcopy held no quote is asked").isEqualTo(requests);
  }

  private String source(String symbol, LocalDate day) throws Exception {
    return await(pool.preparedQuery("SELECT source FROM daily_candles WHERE symbol = $1 AND day = $2")
        .execute(Tuple.of(symbol, day))).iterator().next().getString("source");
  }

  private static BhavcopyRow row(String symbol, String o, String h, String l, String c) {
    return new BhavcopyRow(symbol, "EQ", null, null, bd(o), bd(h), bd(l), bd(c), null, 8000, 1);
  }

  private static Instant ist(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(TradingClock.IST).toInstant();
  }

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
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
