package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Traders sign up, log in and watch their service work live: task runs and orders appear without a reload,
 * and one trader's events never reach another trader's browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveTradingBrowserTest {
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome asha;
  private static Chrome ravi;

  @BeforeAll
  static void startServerAndBrowsers() {
    server = BrowserTestServer.start();
    asha = Chrome.open("asha");
    ravi = Chrome.open("ravi");
    asha.recordEventBusFrames();
    ravi.recordEventBusFrames();
    new TradingPages(asha, server.base()).signUp("asha@example.in", PASSWORD, "Asha");
    new TradingPages(ravi, server.base()).signUp("ravi@example.in", PASSWORD, "Ravi");
  }

  @AfterAll
  static void stopAll() {
    if (asha != null) asha.close();
    if (ravi != null) ravi.close();
    if (server != null) server.close();
  }

  @Test
  @Order(1)
  void aTraderStartsTheServiceAndSeesTaskRunsAndOrdersArriveWithoutReloading() {
    Assumptions.assumeTrue(BrowserTestServer.engineIsBuilt(),
        "the trading engine (ServiceManager) is not merged yet: nothing runs tasks or places orders");
    TradingPages pages = new TradingPages(asha, server.base());
    pages.logOut();
    pages.logIn("asha@example.in", PASSWORD);
    pages.markPageLoad();
    pages.waitUntilLive();
    assertThat(pages.serviceState()).isEqualTo("Stopped");
    asha.screenshot("dashboard-stopped-1280");

    pages.confirm("start-service");
    pages.waitForServiceState("Running");
    pages.waitUpTo(TradingPages.ENGINE_WAIT).until(d -> !d.findElements(By.cssSelector("task-schedule-table .badge")).isEmpty());
    asha.screenshot("dashboard-running-1280");

    pages.openFromMenu("Task history");
    pages.waitForRows("task-history", TradingPages.UI_WAIT);
    pages.rows("task-history").get(0).findElement(By.cssSelector("button.expand")).click();
    pages.wait.until(d -> !d.findElements(By.cssSelector("paged-table.task-history pre.json")).isEmpty());
    asha.screenshot("task-history-1280");

    pages.openFromMenu("Orders");
    pages.waitForRows("orders", TradingPages.ENGINE_WAIT);
    pages.rows("orders").get(0).findElement(By.cssSelector("button.expand")).click();
    pages.wait.until(d -> !d.findElements(By.cssSelector("order-fills .order-ids, order-fills .empty-state")).isEmpty());
    asha.screenshot("orders-1280");

    asha.resize(390, 844);
    asha.screenshot("orders-390");
    pages.openFromMenu("Service");
    pages.waitForServiceState("Running");
    asha.screenshot("dashboard-running-390");
    asha.resize(1280, 900);

    pages.confirm("stop-service");
    pages.waitForServiceState("Stopped");
    assertThat(pages.stillSamePageLoad()).as("everything above happened without a page reload").isTrue();
    assertThat(asha.eventBusFrames()).anyMatch(f -> f.contains("\"type\":\"rec\""));
  }

  @Test
  @Order(2)
  void liveEventsShowUpForTheirTraderOnlyAndWithoutReloading() {
    TradingPages ashaPages = new TradingPages(asha, server.base());
    TradingPages raviPages = new TradingPages(ravi, server.base());
    ashaPages.openFromMenu("Orders");
    ashaPages.waitUntilLive();
    ashaPages.markPageLoad();
    raviPages.openFromMenu("Orders");
    raviPages.waitUntilLive();
    raviPages.waitForEmptyState("orders");
    int ashaRowsBefore = ashaPages.rows("orders").size();

    String ashaId = userId("asha@example.in");
    JsonObject order = new JsonObject().put("id", 990001).put("clientOrderId", "it-live-order").put("symbol", "TATASTEEL")
        .put("side", "BUY").put("quantity", 40).put("filledQuantity", 0).put("orderType", "MARKET")
        .put("status", "AMO_PENDING").put("task", "buy_orders").put("placedAt", "2025-03-03T10:36:00Z");
    publish(ashaId, "order.placed", order);
    ashaPages.wait.until(d -> ashaPages.rows("orders").size() == ashaRowsBefore + 1);
    publish(ashaId, "order.updated", order.copy().put("status", "OPEN"));
    ashaPages.wait.until(d -> d.findElement(By.cssSelector("paged-table.orders tr[data-id='990001']")).getText().contains("OPEN"));
    assertThat(ashaPages.stillSamePageLoad()).as("the row arrived without a page reload").isTrue();
    asha.screenshot("orders-live-row-1280");

    raviPages.waitForEmptyState("orders");
    assertThat(raviPages.rows("orders")).isEmpty();
    ravi.screenshot("orders-empty-other-trader-1280");
    String raviId = userId("ravi@example.in");
    List<JsonObject> delivered = ravi.eventBusFrames().stream().map(JsonObject::new)
        .filter(f -> "rec".equals(f.getString("type"))).toList();
    assertThat(delivered).allSatisfy(frame -> {
      assertThat(frame.getString("address")).isEqualTo("trading.user." + raviId + ".events");
      assertThat(frame.getJsonObject("body").getValue("userId").toString()).isEqualTo(raviId);
    });
    assertThat(asha.eventBusFrames()).anyMatch(f -> f.contains("TATASTEEL"));
    assertThat(ravi.eventBusFrames()).noneMatch(f -> f.contains("TATASTEEL"));
    // The access token travels in the register frames' headers, never in the socket's URL (proxy and access logs).
    assertThat(asha.eventBusUrls()).isNotEmpty().allSatisfy(url -> assertThat(url).doesNotContain("token")
        .doesNotContain("eyJ"));
  }

  /** What the engine does after a commit: publish on the user's own events address. */
  private static void publish(String userId, String type, JsonObject data) {
    server.vertx.eventBus().publish("trading.user." + userId + ".events", new JsonObject().put("type", type)
        .put("userId", Long.valueOf(userId)).put("at", "2025-03-03T10:36:00Z").put("data", data));
  }

  private static String userId(String email) {
    return BrowserTestServer.login(server, email, PASSWORD).getJsonObject("user").getValue("id").toString();
  }
}
