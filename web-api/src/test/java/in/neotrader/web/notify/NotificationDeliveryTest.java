package in.neotrader.web.notify;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Notifications end to end through the real server: a Telegram chat gets one message per order the 16:05 task
 * places (at most one a second), a webhook gets signed envelopes in order after being down, and a message queued
 * before a restart is delivered after it. The back-off is shortened (tens of milliseconds instead of seconds) so a
 * receiver "down for minutes" is down for a few seconds here; the shape of the retries is the same.
 */
class NotificationDeliveryTest {
  private static final String SECRET = "webhook-signing-secret-42";
  private static final String BOT = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawXYZ";
  /** Monday 3 March 2025 15:58 IST at 120 simulated seconds per second: the 16:05 buys within seconds. */
  private static final String FAST_CLOCK = "simulated:120@2025-03-03T15:58";

  private static JsonObject config(FakeReceivers receivers) {
    return new JsonObject().put("TELEGRAM_API_URL", receivers.baseUrl()).put("NOTIFY_POLL_MS", 50)
        .put("NOTIFY_RETRY_MIN_MS", 50).put("NOTIFY_RETRY_MAX_MS", 400).put("NOTIFY_ALLOW_PRIVATE_WEBHOOKS", true)
        .put("DEMO", false);
  }

  @Test
  void aTelegramChatHearsOfEveryOrderPlacedAtMostOneMessageASecond() throws Exception {
    try (FakeReceivers receivers = new FakeReceivers(SECRET);
        ApiServer api = ApiServer.start(config(receivers).put("CLOCK", FAST_CLOCK))) {
      ApiClient.Session trader = api.signUp();
      ApiClient.Reply added = api.send("POST", "/api/v1/user/notifications", trader.accessToken(), new JsonObject()
          .put("kind", "telegram").put("botToken", BOT).put("chatId", "-1001234567890")
          .put("events", new JsonArray().add("order.placed")).encode());
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      assertThat(added.body()).doesNotContain(BOT);
      assertThat(api.send("POST", "/api/v1/user/service/start", trader.accessToken(), null).status()).isEqualTo(200);

      waitFor(Duration.ofSeconds(60), () -> placed(api, trader) > 0 && receivers.telegram.size() >= placed(api, trader));
      int orders = placed(api, trader);
      assertThat(orders).as("several orders, so the one-a-second pace shows").isGreaterThan(1);

      assertThat(receivers.telegram).hasSize(orders);
      assertThat(receivers.telegram).allSatisfy(m -> {
        assertThat(m.path()).isEqualTo("/bot" + BOT + "/sendMessage");
        assertThat(m.json().getString("chat_id")).isEqualTo("-1001234567890");
        assertThat(m.json().getString("text")).startsWith("Order placed: BUY ");
      });
      for (int i = 1; i < receivers.telegram.size(); i++) {
        long gapMillis = (receivers.telegram.get(i).atNanos() - receivers.telegram.get(i - 1).atNanos()) / 1_000_000;
        assertThat(gapMillis).as("Telegram allows about one message a second per chat").isGreaterThanOrEqualTo(950);
      }
    }
  }

  @Test
  void aWebhookDownForAWhileGetsEveryMessageAfterwardsInOrderEachSigned() throws Exception {
    try (FakeReceivers receivers = new FakeReceivers(SECRET); ApiServer api = ApiServer.start(config(receivers))) {
      ApiClient.Session trader = api.signUp();
      long channel = addWebhook(api, trader, receivers);
      receivers.failing(true);
      for (int i = 0; i < 5; i++) {
        assertThat(api.send("POST", "/api/v1/user/notifications/" + channel + "/test", trader.accessToken(), null)
            .status()).isEqualTo(202);
      }
      waitFor(Duration.ofSeconds(20), () -> receivers.refusedAt.size() >= 6);
      Thread.sleep(2_000);
      receivers.failing(false);

      waitFor(Duration.ofSeconds(20), () -> receivers.webhook.size() >= 5);
      Thread.sleep(300);
      assertThat(receivers.webhook).hasSize(5).allSatisfy(m -> {
        assertThat(m.signed()).as("HMAC-SHA256 of the body with the channel's secret").isTrue();
        assertThat(m.json().getString("type")).isEqualTo("test");
        assertThat(m.json().getLong("userId")).isEqualTo(trader.userId());
      });
      List<Long> ids = receivers.webhook.stream().map(m -> Long.parseLong(m.deliveryId())).toList();
      assertThat(ids).isSorted().doesNotHaveDuplicates();
      assertThat(receivers.refusedAt).as("retried while down").hasSizeGreaterThan(5);
    }
  }

  @Test
  void aMessageQueuedBeforeARestartIsDeliveredAfterIt() throws Exception {
    TestDatabase database = TestDatabase.create();
    try (FakeReceivers receivers = new FakeReceivers(SECRET)) {
      ApiServer first = ApiServer.start(database, config(receivers));
      ApiClient.Session trader = first.signUp();
      long channel = addWebhook(first, trader, receivers);
      receivers.failing(true);
      first.send("POST", "/api/v1/user/notifications/" + channel + "/test", trader.accessToken(), null);
      waitFor(Duration.ofSeconds(20), () -> !receivers.refusedAt.isEmpty());
      first.close();
      receivers.failing(false);
      assertThat(receivers.webhook).isEmpty();

      try (ApiServer second = ApiServer.start(database, config(receivers))) {
        // An attempt the stop cut short keeps its claim (3 call timeouts, 30 s) before another node may send it.
        waitFor(Duration.ofSeconds(45), () -> receivers.webhook.size() == 1);
        assertThat(receivers.webhook).singleElement().satisfies(m -> assertThat(m.signed()).isTrue());
        // The delivery is recorded after the receiver's answer, so a moment after the receiver has the message.
        waitFor(Duration.ofSeconds(20), () -> firstChannel(second, trader).getString("lastDeliveredAt") != null);
        JsonObject listed = firstChannel(second, trader);
        assertThat(listed.getString("lastDeliveredAt")).isNotNull();
        assertThat(listed.encode()).doesNotContain(SECRET);
      }
    }
  }

  private static JsonObject firstChannel(ApiServer api, ApiClient.Session trader) {
    return api.get("/api/v1/user/notifications", trader.accessToken()).json().getJsonArray("items").getJsonObject(0);
  }

  private static long addWebhook(ApiServer api, ApiClient.Session trader, FakeReceivers receivers) {
    ApiClient.Reply added = api.send("POST", "/api/v1/user/notifications", trader.accessToken(), new JsonObject()
        .put("kind", "webhook").put("url", receivers.baseUrl() + "/hook").put("secret", SECRET)
        .put("events", new JsonArray().add("order.filled").add("task.failed")).encode());
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    return added.json().getLong("id");
  }

  private static int placed(ApiServer api, ApiClient.Session trader) {
    return api.get("/api/v1/user/orders?status=AMO_PENDING", trader.accessToken()).json().getInteger("total");
  }

  private static void waitFor(Duration limit, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }
}
