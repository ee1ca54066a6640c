package in.neotrader.web.jar;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.verticles.broker.kotak.KotakCredentials;
import in.neotrader.verticles.broker.kotak.fake.FakeKotakNeoServer;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar in broker mode, as a trader uses it: credentials saved through the API, the service started,
 * an AMO buy placed at the Kotak fake (a real-protocol HTTP server in this JVM), filled there, and booked as
 * FILLED by the next order-book sync. Only the jar's own classpath runs the trading.
 */
class BrokerModeJarIT {
  private static final KotakCredentials ACCOUNT = new KotakCredentials("consumer-key-jar-77", "+919876501234",
      "QZ7T4", "731904", "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU");

  @TempDir
  Path dataDir;

  private final Vertx vertx = Vertx.vertx();
  private FakeKotakNeoServer kotak;
  private TestDatabase database;

  @BeforeEach
  void startTheOutsideWorld() {
    kotak = Await.result(FakeKotakNeoServer.start(vertx, ACCOUNT));
    kotak.setCash(new BigDecimal("500000"));
    database = TestDatabase.create();
  }

  @AfterEach
  void stopIt() {
    Await.result(kotak.stop());
    Await.result(vertx.close());
  }

  @Test
  void theJarPlacesABrokerOrderAtKotakAndBooksItsFill() throws Exception {
    try (ServerJar jar = ServerJar.start(Map.ofEntries(Map.entry("DATA_DIR", dataDir.toString()),
        Map.entry("DB_URL", database.url()), Map.entry("HTTP_HOST", "127.0.0.1"), Map.entry("HTTP_PORT", "0"),
        Map.entry("JWT_SECRET", "jar-test-jwt-secret-that-is-long-enough-0123456789"),
        Map.entry("CREDENTIALS_KEY", ApiServer.CREDENTIALS_KEY), Map.entry("CREDENTIALS_KEY_ID", "jar-1"),
        Map.entry("KOTAK_BASE_URL", kotak.loginUrl()), Map.entry("DEMO", "false"),
        Map.entry("MARKET_DATA_INGEST", "false"), Map.entry("QUOTES_URL", "http://127.0.0.1:9")))) {
      ApiClient api = new ApiClient(jar.url());
      ApiClient.Session trader = api.signUp();
      expect(api.send("PUT", "/api/v1/user/broker-credentials", trader.accessToken(), credentials()), 204);
      expect(api.send("PUT", "/api/v1/user/settings", trader.accessToken(), "{\"tradeMode\":\"broker\"}"), 200);
      LocalDate today = LocalDate.now(TradingClock.IST);
      recommend(trader.userId(), today, "TATASTEEL", "151.35");

      ApiClient.Reply started = expect(api.send("POST", "/api/v1/user/service/start", trader.accessToken(), null), 200);
      assertThat(started.json().getBoolean("running")).isTrue();
      expect(api.send("POST", "/api/v1/user/service/tasks/buy_orders/run", trader.accessToken(), null), 202);

      JsonObject sent = JarPolling.items(api, "/api/v1/user/orders", trader, 1,
          o -> o.getString("brokerOrderId") != null).getJsonObject(0);
      assertThat(sent.getString("source")).isEqualTo("live");
      assertThat(sent.getString("symbol")).isEqualTo("TATASTEEL");
      assertThat(kotak.placements()).as("one order at Kotak").isEqualTo(1);
      assertThat(kotak.orders().get(0).getString("nOrdNo")).isEqualTo(sent.getString("brokerOrderId"));

      kotak.fillAll(new BigDecimal("150.10"));
      expect(api.send("POST", "/api/v1/user/service/tasks/premarket_retry/run", trader.accessToken(), null), 202);
      JsonObject filled = JarPolling.items(api, "/api/v1/user/orders", trader, 1,
          o -> "FILLED".equals(o.getString("status"))).getJsonObject(0);
      assertThat(filled.getDouble("averageFillPrice")).isEqualTo(150.10);
      assertThat(kotak.placements()).as("the sync placed nothing more").isEqualTo(1);

      assertThat(jar.stop()).as(String.join("\n", jar.output())).isZero();
    }
  }

  private static String credentials() {
    return new JsonObject().put("consumerKey", ACCOUNT.accessToken()).put("mobileNumber", ACCOUNT.mobileNumber())
        .put("ucc", ACCOUNT.ucc()).put("mpin", ACCOUNT.mpin()).put("totpSecret", ACCOUNT.totpSecret()).encode();
  }

  /** Today's analysis as the 16:00 task writes it: one strong buy, and the instrument the store knows. */
  private void recommend(long userId, LocalDate day, String symbol, String close) {
    database.execute("INSERT INTO instruments (symbol, series, kotak_token, kotak_trading_symbol, tick_size, last_close,"
        + " last_seen) VALUES ('" + symbol + "', 'EQ', '3499', '" + symbol + "-EQ', 0.05, " + close + ", '" + day + "')");
    database.execute("INSERT INTO signals (user_id, day, symbol, verdict, final_verdict, strength_score, backtest_score,"
        + " combined_score, last_close, indicators) VALUES (" + userId + ", '" + day + "', '" + symbol
        + "', 'strong_buy', 'strong_buy', 80, 70, 75, " + close + ", '{\"rsi10\": 25.5, \"ema9\": 149.2, "
        + "\"ema200\": 131.4, \"averageVolume\": 2500000, \"lastVolume\": 3100000, \"backtestTrades\": 6}')");
  }

  private static ApiClient.Reply expect(ApiClient.Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    return reply;
  }
}
