package in.neotrader.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.verticles.broker.kotak.KotakCredentials;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import in.neotrader.verticles.broker.kotak.fake.FakeKotakNeoServer;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import in.neotrader.web.Eventually;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kill switch on a two-node Hazelcast cluster, in broker mode against the Kotak fake: the trader sets it on the
 * node that does not run their service while a buy burst is being sent from the other; once the request is
 * answered no placement reaches Kotak, the unsent intents are closed with the switch's reason and the run is
 * recorded skipped.
 */
class ClusterKillSwitchTest {
  private static final KotakCredentials ACCOUNT = new KotakCredentials("consumer-key-test-9", "+919876501234",
      "QZ7T4", "731904", "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU");
  private static final List<String> SYMBOLS = List.of("TATASTEEL", "SAIL", "NMDC", "IRFC", "NHPC", "PNB");
  private static final Duration CLUSTER_WAIT = Duration.ofSeconds(30);

  @Test
  void aSwitchSetOnTheOtherNodeStopsTheBurstAndNothingLeavesAfterTheAnswer() throws Exception {
    Vertx outside = Vertx.vertx();
    FakeKotakNeoServer kotak = Await.result(FakeKotakNeoServer.start(outside, ACCOUNT));
    kotak.setCash(new BigDecimal("5000000"));
    kotak.faults().latency(FakeEndpoint.PLACE, Duration.ofMillis(400));
    TestDatabase database = TestDatabase.create();
    Pool pool = database.pool(outside);
    try (ClusterNodes nodes = ClusterNodes.start(database, new JsonObject().put("KOTAK_BASE_URL", kotak.loginUrl())
        .put("QUOTES_URL", "http://127.0.0.1:9"))) {
      ApiClient.Session trader = nodes.a().signUp();
      expect(nodes.a().send("PUT", "/api/v1/user/broker-credentials", trader.accessToken(), credentials()), 204);
      expect(nodes.a().send("PUT", "/api/v1/user/settings", trader.accessToken(), "{\"tradeMode\":\"broker\"}"), 200);
      recommend(database, trader.userId(), LocalDate.now(TradingClock.IST));
      expect(nodes.a().send("POST", "/api/v1/user/service/start", trader.accessToken(), null), 200);
      String owner = Eventually.until(() -> nodes.a().get("/api/v1/user/service/status", trader.accessToken()).json(),
          card -> card.getString("node") != null, CLUSTER_WAIT).getString("node");
      ApiServer elsewhere = nodes.other(owner);

      expect(elsewhere.send("POST", "/api/v1/user/service/tasks/buy_orders/run", trader.accessToken(), null), 202);
      Eventually.until(() -> kotak.calls(FakeEndpoint.PLACE), n -> n >= 2, CLUSTER_WAIT);
      ApiClient.Reply halted = elsewhere.send("PUT", "/api/v1/user/kill-switch", trader.accessToken(),
          new JsonObject().put("reason", "results day").encode());
      int arrivedAtAnswer = kotak.calls(FakeEndpoint.PLACE);
      assertThat(halted.status()).as(halted.body()).isEqualTo(200);

      JsonObject run = Eventually.until(() -> rows(pool, "SELECT status, reason FROM service_task_execution "
          + "WHERE user_id = " + trader.userId() + " AND task_name = 'buy_orders'"), rows -> !rows.isEmpty(),
          CLUSTER_WAIT).get(0);
      assertThat(run.getString("status")).isEqualTo("skipped");
      assertThat(run.getString("reason")).isEqualTo("kill switch (set by the trader): results day");
      // The one placement already on its way when the switch was set may still arrive; none after the answer.
      assertThat(kotak.calls(FakeEndpoint.PLACE)).isBetween(arrivedAtAnswer, arrivedAtAnswer + 1);
      List<JsonObject> intents = rows(pool, "SELECT status, status_reason FROM orders WHERE user_id = "
          + trader.userId() + " AND side = 'BUY'");
      assertThat(intents).hasSize(SYMBOLS.size());
      assertThat(intents.stream().filter(o -> "FAILED".equals(o.getString("status"))))
          .as("the burst was stopped mid-way").isNotEmpty()
          .allSatisfy(o -> assertThat(o.getString("status_reason"))
              .isEqualTo("not sent: kill switch (set by the trader): results day"));
      assertThat(intents.stream().filter(o -> !"FAILED".equals(o.getString("status"))).count())
          .as("every other intent is the one order Kotak has").isEqualTo(kotak.placements());
    } finally {
      Await.result(kotak.stop());
      Await.result(outside.close());
    }
  }

  private static List<JsonObject> rows(Pool pool, String sql) {
    return Await.result(pool.query(sql).execute()).stream().map(Row::toJson).toList();
  }

  private static String credentials() {
    return new JsonObject().put("consumerKey", ACCOUNT.accessToken()).put("mobileNumber", ACCOUNT.mobileNumber())
        .put("ucc", ACCOUNT.ucc()).put("mpin", ACCOUNT.mpin()).put("totpSecret", ACCOUNT.totpSecret()).encode();
  }

  /** Today's analysis as the 16:00 task writes it: a strong buy per symbol, each an instrument the store knows. */
  private static void recommend(TestDatabase database, long userId, LocalDate day) {
    for (int i = 0; i < SYMBOLS.size(); i++) {
      String symbol = SYMBOLS.get(i);
      String close = (100 + 10 * i) + ".00";
      database.execute("INSERT INTO instruments (symbol, series, kotak_token, kotak_trading_symbol, tick_size, "
          + "last_close, last_seen) VALUES ('" + symbol + "', 'EQ', '" + (3400 + i) + "', '" + symbol + "-EQ', 0.05, "
          + close + ", '" + day + "')");
      database.execute("INSERT INTO signals (user_id, day, symbol, verdict, final_verdict, strength_score, "
          + "backtest_score, combined_score, last_close, indicators) VALUES (" + userId + ", '" + day + "', '"
          + symbol + "', 'strong_buy', 'strong_buy', 80, 70, " + (75 + i) + ", " + close + ", '{\"rsi10\": 25.5, "
          + "\"ema9\": " + close + ", \"ema200\": 90, \"averageVolume\": 2500000, \"lastVolume\": 3100000, "
          + "\"backtestTrades\": 6}')");
    }
  }

  private static ApiClient.Reply expect(ApiClient.Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    return reply;
  }
}
