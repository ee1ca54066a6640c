package in.neotrader.web.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.indicators.Ema;
import in.neotrader.core.indicators.Rsi;
import in.neotrader.core.orders.AmoLimit;
import in.neotrader.core.sizing.PositionSizer;
import in.neotrader.core.sizing.TickSize;
import in.neotrader.core.sizing.SizingResult;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips.Line;
import in.neotrader.verticles.marketdata.fake.FakeNseArchives;
import in.neotrader.verticles.marketdata.ingest.Backfill;
import in.neotrader.verticles.marketdata.ingest.BhavcopyIngest;
import in.neotrader.verticles.marketdata.ingest.MarketDataSettings;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import in.neotrader.web.Eventually;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A paper trader on the real clock, on prices a local NSE serves in the bhavcopy format: the backfill stores them,
 * the analysis of the trader's watchlist computes its indicators from exactly those closes, and the buy it recommends is sized on the
 * served close. Nothing comes from the simulation.
 */
class RealClockPaperTradingTest {
  private static final int DAYS = 300;
  private static final int DIP_PERIOD = 24;
  static ApiServer api;
  static FakeNseArchives nse;
  static final List<Double> served = new ArrayList<>();

  @BeforeAll
  static void serveAndBackfillTheLastYearOfTrendy() throws Exception {
    api = ApiServer.start();
    nse = Await.result(FakeNseArchives.start(api.vertx));
    NseCalendar calendar = NseCalendar.bundled();
    LocalDate last = LocalDate.now(TradingClock.IST);
    while (!calendar.isTradingDay(last)) {
      last = last.minusDays(1);
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = last; days.size() < DAYS; d = d.minusDays(1)) {
      if (calendar.isTradingDay(d)) {
        days.add(0, d);
      }
    }
    for (int i = 0; i < DAYS; i++) {
      double close = dippingUptrend(i);
      String prev = i == 0 ? "0" : BigDecimal.valueOf(served.get(i - 1)).toPlainString();
      nse.publish(days.get(i), BhavcopyZips.udiff(days.get(i), List.of(Line.of("TRENDY", "EQ", "INE000Y01010", "7",
          BigDecimal.valueOf(close).toPlainString(), prev, 600_000))));
      served.add(close);
    }
    MarketDataSettings settings = MarketDataSettings.fromConfig(new JsonObject()
        .put("DATA_DIR", Files.createTempDirectory("real-clock").toString()).put("NSE_ARCHIVES_URL", nse.url())
        .put("NSE_ARCHIVES_LEGACY_URL", nse.url()));
    var pool = api.server.database().pool();
    Backfill.Result stored = Await.result(new Backfill(pool, new BhavcopyIngest(api.vertx, pool, settings), calendar)
        .run(days.get(0), last, (done, total, day, outcome) -> { }));
    assertThat(stored.ingested()).isEqualTo(DAYS);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void theAnalysisUsesTheServedClosesAndTheBuyIsSizedOnTheServedClose() {
    ApiClient.Session trader = api.signUp();
    assertThat(api.send("PUT", "/api/v1/user/watchlist", trader.accessToken(), "{\"symbols\":[\"TRENDY\"]}")
        .status()).as("TRENDY is not in the default universe: the trader watches it").isIn(200, 204);
    assertThat(api.send("POST", "/api/v1/user/service/start", trader.accessToken(), null).status()).isEqualTo(200);
    assertThat(api.send("POST", "/api/v1/user/service/tasks/analysis/run", trader.accessToken(), null).status())
        .isEqualTo(202);
    JsonObject signal = Eventually.until(() -> api.get("/api/v1/user/signals", trader.accessToken()).json()
        .getJsonArray("items"), items -> !items.isEmpty(), Duration.ofSeconds(30)).getJsonObject(0);

    double[] closes = served.stream().mapToDouble(Double::doubleValue).toArray();
    assertThat(signal.getString("symbol")).isEqualTo("TRENDY");
    assertThat(signal.getDouble("lastClose")).isEqualTo(closes[DAYS - 1]);
    JsonObject indicators = signal.getJsonObject("indicators");
    assertThat(indicators.getDouble("rsi10")).isCloseTo(Rsi.latest(closes, 10).getAsDouble(), within(1e-9));
    // The EMAs are stored as prices, to the paisa.
    assertThat(indicators.getDouble("ema9")).isCloseTo(Ema.latestSmaSeeded(closes, 9).getAsDouble(), within(0.005));
    assertThat(indicators.getDouble("ema200")).isCloseTo(Ema.latestSmaSeeded(closes, 200).getAsDouble(), within(0.005));
    assertThat(signal.getString("finalVerdict")).as("the dip the served prices end in").isIn("buy", "strong_buy");

    assertThat(api.send("POST", "/api/v1/user/service/tasks/buy_orders/run", trader.accessToken(), null).status())
        .isEqualTo(202);
    JsonArray orders = Eventually.until(() -> api.get("/api/v1/user/orders", trader.accessToken()).json()
        .getJsonArray("items"), items -> !items.isEmpty(), Duration.ofSeconds(30));
    JsonObject buy = orders.getJsonObject(0);
    assertThat(buy.getString("symbol")).isEqualTo("TRENDY");
    assertThat(buy.getString("source")).isEqualTo("paper");
    // A paper account sizes within its largest position (TRADING_RULES §4) at the AMO limit, on the served close.
    TradingConfig defaults = TradingConfig.defaults();
    BigDecimal close = BigDecimal.valueOf(closes[DAYS - 1]);
    TradingConfig paper = TradingConfig.fromJson(defaults.toJson().put("user_capital", defaults.userCapital()
        .min(AmoLimit.DEFAULT.capitalWithin(defaults.paperMaxPositionSize())).doubleValue()));
    SizingResult expected = new PositionSizer(paper).size(close, 600_000, defaults.paperInitialCapital(), 0);
    assertThat(buy.getInteger("quantity")).as("sized on the served close")
        .isEqualTo(((SizingResult.Sized) expected).quantity());
    assertThat(buy.getString("orderType")).as("an AMO entry is a limit order").isEqualTo("LIMIT");
    assertThat(new BigDecimal(buy.getValue("price").toString())).as("the served close + 2 %, down to the tick")
        .isEqualByComparingTo(AmoLimit.DEFAULT.price(close, TickSize.nse()));
  }

  /** A 0.3 % daily uptrend whose 24-day cycles end in a four-day 16 % dip: the last day is the bottom of one. */
  private static double dippingUptrend(int i) {
    int phase = (i + DAYS) % DIP_PERIOD;
    double amp = 0.08;
    double saw = phase < DIP_PERIOD - 4 ? 1 + amp * phase / (DIP_PERIOD - 4.0)
        : 1 + amp - 2 * amp * (phase - (DIP_PERIOD - 4) + 1) / 4.0;
    return BigDecimal.valueOf(100 * Math.pow(1.003, i) * saw).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
