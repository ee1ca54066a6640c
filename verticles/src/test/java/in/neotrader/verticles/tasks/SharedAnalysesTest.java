package in.neotrader.verticles.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.marketdata.Universe;
import in.neotrader.core.strategy.Signal;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.verticles.marketdata.StoredMarketData;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stored candles are read and backtested once per day for every user with the same settings. */
class SharedAnalysesTest {
  private static final LocalDate LAST = LocalDate.of(2025, 12, 19);
  private static final List<String> UNIVERSE = List.of("SBIN", "ITC", "TCS");

  private final TestDatabase db = TestDatabase.create();
  private final Vertx vertx = Vertx.vertx();
  private final Pool pool = db.pool(vertx);

  /** The node's stored market data, counting the candle reads the analyses make. */
  private final class CountedReads implements MarketData {
    final MarketData stored;
    final AtomicInteger reads = new AtomicInteger();
    volatile boolean down;

    CountedReads() {
      DailyCandleReads candles = new DailyCandleReads(pool);
      stored = new StoredMarketData(candles, NseCalendar.weekendsOnly(), userId -> Future.succeededFuture(
          Universe.of(UNIVERSE)));
    }

    public Future<List<Candle>> dailyCandles(String symbol, LocalDate to, int count) {
      reads.incrementAndGet();
      return down ? Future.failedFuture("the database is down") : stored.dailyCandles(symbol, to, count);
    }

    public Future<BigDecimal> lastPrice(String symbol, Instant at) {
      return stored.lastPrice(symbol, at);
    }

    public Future<BigDecimal> sessionOpen(String symbol, LocalDate day) {
      return stored.sessionOpen(symbol, day);
    }

    public Future<Universe> universe(long userId) {
      return stored.universe(userId);
    }
  }

  @AfterEach
  void stop() throws Exception {
    await(vertx.close());
  }

  @Test
  void usersWithTheSameSettingsShareOneComputationAndOtherSettingsComputeTheirOwn() throws Exception {
    storeCandles();
    CountedReads market = new CountedReads();
    TradingConfig defaults = TradingConfig.defaults();
    SharedAnalyses analyses = SharedAnalyses.of(market);

    Future<List<Signal>> first = analyses.analyse(vertx, UNIVERSE, LAST, defaults);
    Future<List<Signal>> joining = analyses.analyse(vertx, UNIVERSE, LAST, defaults);
    List<Signal> signals = await(first);
    assertThat(await(joining)).isEqualTo(signals);
    assertThat(await(analyses.analyse(vertx, UNIVERSE, LAST, TradingConfig.fromJson(defaults.toJson()))))
        .isEqualTo(signals);
    assertThat(signals).extracting(Signal::symbol).containsExactlyElementsOf(UNIVERSE);
    assertThat(market.reads.get()).as("one read per stock for three users").isEqualTo(3);

    TradingConfig stricter = TradingConfig.fromJson(defaults.toJson().put("rsi_oversold", 25));
    await(analyses.analyse(vertx, UNIVERSE, LAST, stricter));
    assertThat(market.reads.get()).as("other settings are never served another user's signals").isEqualTo(6);
    assertThat(SharedAnalyses.of(new CountedReads())).as("another market shares nothing").isNotSameAs(analyses);
  }

  @Test
  void aFailedReadIsNotKeptTheNextRunReadsAgain() throws Exception {
    storeCandles();
    CountedReads market = new CountedReads();
    market.down = true;
    SharedAnalyses analyses = SharedAnalyses.of(market);
    assertThatThrownBy(() -> await(analyses.analyse(vertx, UNIVERSE, LAST, TradingConfig.defaults())))
        .hasMessageContaining("the database is down");

    market.down = false;
    assertThat(await(analyses.analyse(vertx, UNIVERSE, LAST, TradingConfig.defaults()))).hasSize(3);
  }

  /** 300 trading days of a wave for each stock, enough for EMA200 and the backtest. */
  private void storeCandles() {
    db.execute("INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, source)"
        + " SELECT s.symbol, d.day, p, p * 1.01, p * 0.99, p, 500000, 'bhavcopy' FROM (VALUES ('SBIN', 600), ('ITC', 400),"
        + " ('TCS', 3400)) AS s(symbol, base), LATERAL (SELECT day::date AS day, row_number() OVER (ORDER BY day) AS n"
        + " FROM generate_series(date '2024-10-07', date '" + LAST + "', interval '1 day') AS day"
        + " WHERE extract(isodow FROM day) < 6) d, LATERAL (SELECT round((s.base * (1 + 0.08 * sin(d.n / 6.0)))::numeric, 2)"
        + " AS p) price");
  }

  private static <T> T await(Future<T> f) throws Exception {
    try {
      return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    }
  }
}
