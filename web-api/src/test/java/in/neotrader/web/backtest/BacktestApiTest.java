package in.neotrader.web.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.backtest.Backtest;
import in.neotrader.core.backtest.BacktestReport;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.strategy.PriceHistory;
import in.neotrader.core.strategy.StrategyRegistry;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /backtests over the shared stored candles, with each trader's own settings and strategy. */
class BacktestApiTest {
  private static final String PATH = "/api/v1/user/backtests";
  private static final LocalDate FIRST = LocalDate.of(2023, 1, 2);
  private static final int SESSIONS = 700;

  static ApiServer api;
  static List<Candle> wave;

  @BeforeAll
  static void start() throws Exception {
    api = ApiServer.start();
    wave = wave();
    try (Connection jdbc = DriverManager.getConnection(api.database.jdbcUrl(), "postgres", "");
        PreparedStatement insert = jdbc.prepareStatement("INSERT INTO daily_candles (symbol, day, series, open, high,"
            + " low, close, volume, source) VALUES ('WAVE', ?, 'EQ', ?, ?, ?, ?, ?, 'bhavcopy')")) {
      for (Candle c : wave) {
        insert.setObject(1, c.day());
        insert.setBigDecimal(2, c.open());
        insert.setBigDecimal(3, c.high());
        insert.setBigDecimal(4, c.low());
        insert.setBigDecimal(5, c.close());
        insert.setLong(6, c.volume());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** A rising wave with dips, on weekdays: each day opens at the previous close. */
  private static List<Candle> wave() {
    List<Candle> out = new ArrayList<>();
    LocalDate day = FIRST;
    double previous = 100;
    for (int t = 0; t < SESSIONS; t++) {
      double close = 100 + t * 0.15 + 12 * Math.sin(t / 7.0) + 6 * Math.sin(t * 3 / 17.0);
      out.add(new Candle(day, price(previous), price(Math.max(previous, close) * 1.01),
          price(Math.min(previous, close) * 0.99), price(close), 150_000 + (t * 7919L) % 100_000));
      previous = close;
      day = day.plusDays(day.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
    }
    return out;
  }

  private static BigDecimal price(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }

  private static ApiClient.Reply backtest(ApiClient.Session trader, JsonObject body) {
    return api.send("POST", PATH, trader.accessToken(), body.encode());
  }

  private static JsonObject body(String from, String to, String... symbols) {
    return new JsonObject().put("symbols", new JsonArray(List.of(symbols))).put("from", from).put("to", to);
  }

  /** What the core backtest gives for the same candles, to compare the route's answer with. */
  private static BacktestReport expected(String strategy, LocalDate from, LocalDate to) {
    List<Candle> upTo = wave.stream().filter(c -> !c.day().isAfter(to)).toList();
    return Backtest.run(StrategyRegistry.standard().get(strategy),
        List.of(PriceHistory.of("WAVE", upTo.get(upTo.size() - 1).day(), upTo)), from, to,
        TradingConfig.fromJson(new JsonObject().put("strategy", strategy)));
  }

  @Test
  void aTraderBacktestsTheirStrategyOverTheStoredCandles() {
    ApiClient.Session trader = api.signUp();
    LocalDate from = wave.get(300).day();
    LocalDate to = wave.get(SESSIONS - 1).day();

    ApiClient.Reply reply = backtest(trader, body(from.toString(), to.toString(), "wave", "NOPE"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject r = reply.json();
    BacktestReport core = expected("dip", from, to);
    assertThat(core.trades()).isNotEmpty();
    assertThat(r.getString("strategy")).isEqualTo("dip");
    assertThat(r.getJsonArray("symbols")).containsExactly("WAVE", "NOPE");
    assertThat(r.getInteger("tradeCount")).isEqualTo(core.trades().size());
    assertThat(r.getDouble("pnl")).isEqualTo(core.pnl().doubleValue());
    assertThat(r.getDouble("maxDrawdown")).isEqualTo(core.maxDrawdown().doubleValue());
    assertThat(r.getDouble("winRatePct")).isEqualTo(Math.round(core.winRatePct() * 100) / 100.0);
    assertThat(r.getJsonArray("skipped")).containsExactly("NOPE: no stored candles from " + from + " to " + to);
    JsonObject first = r.getJsonArray("trades").getJsonObject(0);
    assertThat(first.getString("entryDay")).isEqualTo(core.trades().get(0).trade().entryDay().toString());
    assertThat(first.getInteger("quantity")).isEqualTo(core.trades().get(0).quantity());
  }

  @Test
  void theStrategyIsTheTradersChoiceOrTheOneNamedAndAnUnknownNameIsAFieldError() {
    ApiClient.Session legacyTrader = api.signUp();
    ApiClient.Session dipTrader = api.signUp();
    ApiClient.Reply unknown = api.send("PUT", "/api/v1/user/trading-config", legacyTrader.accessToken(),
        new JsonObject().put("strategy", "martingale").encode());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getJsonObject("fields").getString("strategy"))
        .isEqualTo("is not a known strategy (one of dip, legacy-dip)");
    assertThat(api.send("PUT", "/api/v1/user/trading-config", legacyTrader.accessToken(),
        new JsonObject().put("strategy", "legacy-dip").encode()).status()).isEqualTo(200);
    JsonObject range = body(wave.get(400).day().toString(), wave.get(SESSIONS - 1).day().toString(), "WAVE");

    JsonObject legacy = backtest(legacyTrader, range).json();
    assertThat(legacy.getString("strategy")).isEqualTo("legacy-dip");
    assertThat(legacy.getInteger("tradeCount"))
        .isEqualTo(expected("legacy-dip", wave.get(400).day(), wave.get(SESSIONS - 1).day()).trades().size());
    assertThat(backtest(dipTrader, range).json().getString("strategy")).as("another trader's choice is theirs")
        .isEqualTo("dip");
    assertThat(backtest(dipTrader, range.copy().put("strategy", "legacy-dip")).json().getString("strategy"))
        .isEqualTo("legacy-dip");
    ApiClient.Reply bad = backtest(dipTrader, range.copy().put("strategy", "martingale"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getString("error")).isEqualTo("validation_failed");
    assertThat(bad.json().getJsonObject("fields").getString("strategy"))
        .isEqualTo("is not a known strategy (one of dip, legacy-dip)");
  }

  @Test
  void aBadRequestIsOne400NamingEachField() {
    ApiClient.Session trader = api.signUp();
    ApiClient.Reply bad = backtest(trader, new JsonObject().put("symbols", new JsonArray().add("SBIN.NS"))
        .put("from", "2025-02-30").put("to", "2025-01-01").put("days", 5));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getJsonObject("fields").getMap()).containsOnlyKeys("symbols[0]", "from", "days");
    ApiClient.Reply reversed = backtest(trader, body("2025-02-01", "2025-01-01", "SBIN"));
    assertThat(reversed.json().getJsonObject("fields").getString("to")).isEqualTo("must not be before from (2025-02-01)");
    assertThat(backtest(trader, body("2015-01-01", "2025-01-01", "SBIN")).json().getJsonObject("fields")
        .getString("to")).isEqualTo("at most 1830 days after from");
    assertThat(backtest(trader, new JsonObject().put("from", "2025-01-01").put("to", "2025-01-02")).json()
        .getJsonObject("fields").getString("symbols")).isEqualTo("is required");
  }

  @Test
  void withoutSigningInThereIsNoBacktest() {
    assertThat(api.send("POST", PATH, null, body("2025-01-01", "2025-02-01", "WAVE").encode()).status())
        .isEqualTo(401);
  }
}
