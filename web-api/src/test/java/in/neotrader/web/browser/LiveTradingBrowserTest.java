package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/** A trader runs the service on the accelerated clock and watches it work live; another trader sees none of it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveTradingBrowserTest {
  private static final String PASSWORD = "correct horse battery";
  private static BrowserTestServer server;
  private static Chrome asha;
  private static Chrome ravi;

  @BeforeAll
  static void startServerAndBrowsers() {
    server = BrowserTestServer.start();
    asha = Chrome.open("asha");
    ravi = Chrome.open("ravi");
    asha.recordEventBusFrames();
    ravi.recordEventBusFrames();
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
    TradingPages pages = new TradingPages(asha, server.url());
    pages.signUp("asha@example.in", PASSWORD, "Asha");
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
  void anotherTraderNeverSeesTheFirstTradersOrdersOrEvents() {
    TradingPages ashaPages = new TradingPages(asha, server.url());
    TradingPages raviPages = new TradingPages(ravi, server.url());
    raviPages.signUp("ravi@example.in", PASSWORD, "Ravi");
    raviPages.waitUntilLive();
    raviPages.openFromMenu("Orders");
    raviPages.waitForEmptyState("orders");

    int ashaFramesBefore = asha.eventBusFrames().size();
    ashaPages.openFromMenu("Service");
    ashaPages.confirm("start-service");
    ashaPages.waitForServiceState("Running");
    ashaPages.waitUpTo(TradingPages.ENGINE_WAIT).until(d -> asha.eventBusFrames().size() > ashaFramesBefore + 1);

    raviPages.openFromMenu("Task history");
    raviPages.waitForEmptyState("task-history");
    raviPages.openFromMenu("Orders");
    raviPages.waitForEmptyState("orders");
    assertThat(raviPages.rows("orders")).isEmpty();
    ravi.screenshot("orders-empty-other-trader-1280");

    String raviId = server.login("ravi@example.in", PASSWORD).getJsonObject("user").getValue("id").toString();
    List<JsonObject> delivered = ravi.eventBusFrames().stream().map(JsonObject::new)
        .filter(f -> "rec".equals(f.getString("type"))).toList();
    assertThat(delivered).allSatisfy(frame -> {
      assertThat(frame.getString("address")).isEqualTo("trading.user." + raviId + ".events");
      assertThat(frame.getJsonObject("body").getValue("userId").toString()).isEqualTo(raviId);
    });

    ashaPages.confirm("stop-service");
    ashaPages.waitForServiceState("Stopped");
  }
}
