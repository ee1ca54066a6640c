package in.neotrader.web.service;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.tasks.TradingTask;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Eventually;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The status card on a simulated clock running 60 times faster than the wall: next runs come from the user's
 * schedule on that clock, the heartbeat's age is counted in real seconds.
 */
class ServiceStatusCardTest {
  /** Monday 3 March 2025, noon IST: today's analysis (16:00) and buy orders (16:05) are four sim-hours away. */
  private static final String CLOCK = "simulated:60@2025-03-03T12:00";
  static ApiServer api;
  static ApiClient.Session running;

  @BeforeAll
  static void start() {
    api = ApiServer.start(new JsonObject().put("CLOCK", CLOCK).put("DEMO", false).put("HEARTBEAT_MILLIS", 300));
    running = api.signUp();
    assertThat(api.send("POST", "/api/v1/user/service/start", running.accessToken(), null).status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aRunningServiceShowsEachTasksNextRunOnItsClockAndSchedule() {
    JsonObject card = Eventually.until(() -> status(running), c -> nextRuns(c).get("analysis") != null,
        Duration.ofSeconds(10));
    Map<String, String> next = nextRuns(card);
    assertThat(next.get("analysis")).isEqualTo("2025-03-03T10:30:00Z");
    assertThat(next.get("buy_orders")).isEqualTo("2025-03-03T10:35:00Z");
    assertThat(next.get("eod_cleanup")).isEqualTo("2025-03-03T12:30:00Z");
    assertThat(next.get("premarket_retry")).isEqualTo("2025-03-04T03:30:00Z");
    assertThat(next.get("readiness_check")).isEqualTo("2025-03-04T03:15:00Z");
    assertThat(next).hasSize(TradingTask.values().length).doesNotContainValue(null);
  }

  @Test
  void aStoppedServiceHasNoNextRuns() {
    ApiClient.Session idle = api.signUp();
    JsonObject card = status(idle);
    assertThat(card.getBoolean("running")).isFalse();
    assertThat(card.getValue("readiness")).as("no check has run yet").isNull();
    assertThat(nextRuns(card)).hasSize(TradingTask.values().length).allSatisfy((task, at) -> assertThat(at).as(task).isNull());
  }

  @Test
  void theHeartbeatAgeIsCountedInRealSecondsOnAFastClock() {
    JsonObject card = Eventually.until(() -> status(running), c -> c.getValue("heartbeatAgeSeconds") != null,
        Duration.ofSeconds(10));
    // Heartbeats come every 0.3 s and the card is at most 1 s old; on the trading clock that would be 18-78 s.
    assertThat(card.getLong("heartbeatAgeSeconds")).isBetween(0L, 2L);
  }

  private static JsonObject status(ApiClient.Session session) {
    ApiClient.Reply reply = api.get("/api/v1/user/service/status", session.accessToken());
    assertThat(reply.status()).isEqualTo(200);
    return reply.json();
  }

  private static Map<String, String> nextRuns(JsonObject card) {
    Map<String, String> next = new HashMap<>();
    for (Object task : card.getJsonArray("tasks", new JsonArray())) {
      next.put(((JsonObject) task).getString("name"), ((JsonObject) task).getString("nextRunAt"));
    }
    return next;
  }
}
