package in.neotrader.verticles.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.verticles.marketdata.universe.TestUniverses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The stored candles as the tasks read them, on a real database; stale days refused with the reason. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredMarketDataTest {

  private static final LocalDate THURSDAY = LocalDate.of(2025, 12, 18);
  private static final LocalDate FRIDAY = LocalDate.of(2025, 12, 19);
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  private final TestDatabase db = TestDatabase.create();
  private final Vertx vertx = Vertx.vertx();
  private Pool pool;
  private StoredMarketData market;

  @BeforeAll
  void candles() throws Exception {
    pool = db.pool(vertx);
    String insert = "INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, adjust_factor, source) "
        + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'bhavcopy')";
    await(pool.preparedQuery(insert).executeBatch(List.of(
        Tuple.tuple(List.of("SBIN", THURSDAY, bd("1200"), bd("1220"), bd("1180"), bd("1210"), 5000L, bd("0.5"))),
        Tuple.tuple(List.of("SBIN", FRIDAY, bd("610"), bd("620"), bd("600"), bd("615"), 9000L, bd("1"))),
        Tuple.tuple(List.of("ITC", FRIDAY, bd("400"), bd("405"), bd("398"), bd("401"), 7000L, bd("1"))))));
    DailyCandleReads reads = new DailyCandleReads(pool);
    market = new StoredMarketData(reads, NseCalendar.bundled(), TestUniverses.of(pool, "ITC", "SBIN"));
  }

  @AfterAll
  void close() throws Exception {
    await(pool.close());
    await(vertx.close());
  }

  @Test
  void servesAdjustedCandlesUpToTheLastStoredDayAndTheUniverseOfThatDay() throws Exception {
    List<Candle> sbin = await(market.dailyCandles("SBIN", FRIDAY, 10));
    assertThat(sbin).extracting(Candle::close).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(bd("605"), bd("615"));
    // Saturday's read needs Friday, the last trading day before it: fresh.
    assertThat(await(market.dailyCandles("SBIN", FRIDAY.plusDays(1), 10))).hasSize(2);
    assertThat(await(market.universe(1)).symbols()).containsExactly("ITC", "SBIN");
    assertThat(await(market.sessionOpen("SBIN", FRIDAY))).isEqualByComparingTo("610");
    Instant saturdayMorning = FRIDAY.plusDays(1).atTime(10, 0).atZone(TradingClock.IST).toInstant();
    assertThat(await(market.lastPrice("SBIN", saturdayMorning))).isEqualByComparingTo("615");
  }

  @Test
  void aDayTheStoreDoesNotHoldIsRefusedAsStaleNamingTheSourceAndItsLastDay() {
    Throwable stale = failure(market.dailyCandles("SBIN", MONDAY, 10));
    assertThat(stale).isInstanceOf(MarketDataUnavailable.class)
        .hasMessage("market data stale: daily-candles has candles to 2025-12-19, the run needs 2025-12-22");
    Instant mondayNoon = MONDAY.atTime(12, 0).atZone(TradingClock.IST).toInstant();
    assertThat(failure(market.lastPrice("SBIN", mondayNoon))).isInstanceOf(MarketDataUnavailable.class);
    Instant mondayEvening = MONDAY.atTime(16, 0).atZone(TradingClock.IST).toInstant();
    assertThat(failure(market.lastPrice("SBIN", mondayEvening))).isInstanceOf(MarketDataUnavailable.class);
  }

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private static Throwable failure(Future<?> f) {
    try {
      f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      throw new AssertionError("expected a failure");
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError(e);
    }
  }
}
