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
import in.neotrader.sql.signals.SignalRepository;
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

  @Test
  void eachUserAnalysesWithTheStrategyTheirConfigNamesAndTheSignalsKeepIt() throws Exception {
    storeCandles();
    // A listing of 100 sessions: analysed by legacy-dip (30 rows and more), dropped by dip (200 and more).
    db.execute("INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, source)"
        + " SELECT 'NEWCO', day::date, 50, 51, 49, 50 + (row_number() OVER (ORDER BY day) % 7), 300000, 'bhavcopy'"
        + " FROM generate_series(date '" + LAST.minusDays(139) + "', date '" + LAST + "', interval '1 day') AS day"
        + " WHERE extract(isodow FROM day) < 6");
    List<String> universe = List.of("SBIN", "ITC", "TCS", "NEWCO");
    SharedAnalyses analyses = SharedAnalyses.of(new CountedReads());
    TradingConfig legacy = TradingConfig.fromJson(new io.vertx.core.json.JsonObject().put("strategy", "legacy-dip"));

    List<Signal> dipSignals = await(analyses.analyse(vertx, universe, LAST, TradingConfig.defaults()));
    List<Signal> legacySignals = await(analyses.analyse(vertx, universe, LAST, legacy));

    assertThat(dipSignals).extracting(Signal::symbol).containsExactly("SBIN", "ITC", "TCS");
    assertThat(dipSignals).extracting(Signal::strategy).containsOnly("dip");
    assertThat(legacySignals).extracting(Signal::symbol).containsExactlyElementsOf(universe);
    assertThat(legacySignals).extracting(Signal::strategy).containsOnly("legacy-dip");
    long userId = await(pool.query("INSERT INTO users (email, password_hash) VALUES ('legacy@example.in', 'x')"
        + " RETURNING id").execute()).iterator().next().getLong("id");
    SignalRepository repo = new SignalRepository(pool);
    for (Signal s : legacySignals) {
      await(repo.upsert(userId, StoredSignals.toRow(s)));
    }
    List<Signal> readBack = await(repo.listForDay(userId, LAST)).stream()
        .map(row -> StoredSignals.toSignal(row, LAST)).toList();
    Signal newco = readBack.stream().filter(s -> s.symbol().equals("NEWCO")).findFirst().orElseThrow();
    Signal original = legacySignals.get(3);
    assertThat(newco.strategy()).isEqualTo("legacy-dip");
    assertThat(newco.indicators()).containsEntry("priorityScore", original.indicators().get("priorityScore"))
        .containsEntry("chartScore", original.indicators().get("chartScore"));
    assertThat(newco.explanation()).isEqualTo(original.explanation())
        .anyMatch(w -> w.contains("no EMA200 yet: counted below"));
    assertThat(await(repo.listForDay(userId, LAST))).filteredOn(row -> row.symbol().equals("NEWCO")).singleElement()
        .satisfies(row -> assertThat(row.indicators().getValue("ema200")).as("undefined, stored as null").isNull());
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
