package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A trader acts from the pages, through the running service: cancels an open order and exits positions (before,
 * neither page had a button for it, and the API no route). The market is open: a Tuesday at 11:00 on a clock at
 * real speed. The positions' entries are far above the simulated prices, so sell_orders places no target of its own.
 */
class TraderActionsBrowserTest {
  private static final String EMAIL = "meera.iyer@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome chrome;
  private static TradingPages pages;
  private static long userId;
  private static String token;

  @BeforeAll
  static void start() {
    Chrome.requireBrowser();
    server = ApiServer.start(new JsonObject().put("CLOCK", "simulated:1@2025-03-04T11:00").put("DEMO", false));
    chrome = Chrome.open("trader-actions");
    pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Meera Iyer");
    JsonObject login = BrowserTestServer.login(server, EMAIL, PASSWORD);
    userId = login.getJsonObject("user").getLong("id");
    token = login.getString("accessToken");
    server.database.execute("INSERT INTO positions (user_id, symbol, quantity, average_price, opened_at) VALUES ("
        + userId + ", 'RELIANCE', 10, 2000, '2025-03-03 10:00+05:30'), (" + userId + ", 'INFY', 4, 3000,"
        + " '2025-03-03 10:00+05:30'), (" + userId + ", 'SBIN', 6, 1500, '2025-03-03 10:00+05:30')");
    // An open limit buy far under the market, at the (paper) broker since yesterday.
    server.database.execute("INSERT INTO orders (user_id, client_order_id, broker_order_id, symbol, side, quantity,"
        + " price, order_type, variety, status, task, trading_day, placed_at, source) VALUES (" + userId
        + ", 'ui-open-1', 'PT20250303900001', 'TCS', 'BUY', 3, 100, 'LIMIT', 'REGULAR', 'OPEN', 'buy_orders',"
        + " '2025-03-04', '2025-03-04 09:20+05:30', 'paper'), (" + userId + ", 'ui-open-2', 'PT20250303900002', 'WIPRO',"
        + " 'BUY', 5, 100, 'LIMIT', 'REGULAR', 'OPEN', 'buy_orders', '2025-03-04', '2025-03-04 09:21+05:30', 'paper')");
    assertThat(server.send("POST", "/api/v1/user/service/start", token, null).status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  void aTraderCancelsAnOpenOrderAndTheOrderBookShowsItCancelled() {
    pages.openByAddress("orders");
    pages.waitForRows("orders", TradingPages.UI_WAIT);
    WebElement row = rowOf("orders", "TCS");
    pages.confirm(row, "cancel-order");
    pages.wait.until(d -> rowOf("orders", "TCS").findElement(By.cssSelector("td[data-label=Status]")).getText()
        .equals("CANCELLED"));
    long id = Long.parseLong(row.getAttribute("data-id"));
    assertThat(server.get("/api/v1/user/orders/" + id, token).json().getString("status")).isEqualTo("CANCELLED");
    assertThat(rowOf("orders", "TCS").findElements(By.cssSelector("cancel-order-button"))).isEmpty();
    assertThat(auditActions()).contains("order.cancel");
    chrome.screenshot("orders-cancelled-1280");
  }

  @Test
  void aTraderLowersABuysLimitAndTheOrderBookShowsTheNewPriceButARaiseIsRefused() {
    pages.openByAddress("orders");
    pages.waitForRows("orders", TradingPages.UI_WAIT);
    long id = Long.parseLong(rowOf("orders", "WIPRO").getAttribute("data-id"));
    rowOf("orders", "WIPRO").findElement(By.cssSelector("button.modify-order")).click();
    WebElement price = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("modify-order-form dialog[open] input[name=price]")));
    price.clear();
    price.sendKeys("95.5");
    chrome.screenshot("orders-modify-dialog-1280");
    chrome.driver.findElement(By.cssSelector("modify-order-form dialog[open] button.confirm-modify")).click();
    pages.wait.until(d -> rowOf("orders", "WIPRO").findElement(By.cssSelector("td[data-label=Price]")).getText()
        .equals("₹95.50"));
    assertThat(server.get("/api/v1/user/orders/" + id, token).json().getDouble("price")).isEqualTo(95.5);
    assertThat(auditActions()).contains("order.modify");

    var raised = server.send("POST", "/api/v1/user/orders/" + id + "/modify", token,
        new JsonObject().put("price", 120).encode());
    assertThat(raised.status()).isEqualTo(409);
    assertThat(raised.json().getString("error")).isEqualTo("buy_price_raised");
    assertThat(server.get("/api/v1/user/orders/" + id, token).json().getDouble("price")).isEqualTo(95.5);
  }

  @Test
  void aDoubleClickedExitAtMarketSellsThePositionOnceAndTheOrderBookShowsTheSell() {
    pages.openByAddress("portfolio");
    pages.waitForRows("positions", TradingPages.UI_WAIT);
    rowOf("positions", "RELIANCE").findElement(By.cssSelector("button.exit-position")).click();
    WebElement yes = pages.wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("exit-position-form dialog[open] button.confirm-exit")));
    chrome.screenshot("positions-exit-dialog-1280");
    new Actions(chrome.driver).doubleClick(yes).perform();
    pages.wait.until(ExpectedConditions.textMatches(By.cssSelector("p.exit-result"), java.util.regex.Pattern.compile(
        "Sell order #\\d+ for 10 RELIANCE: FILLED at ₹.*")));
    List<JsonObject> exits = traderExits("RELIANCE");
    assertThat(exits).hasSize(1);
    assertThat(exits.get(0).getString("status")).isEqualTo("FILLED");
    pages.wait.until(d -> rowOf("positions", "RELIANCE").findElement(By.cssSelector("td[data-label=Closed]")).getText()
        .endsWith("IST"));
    pages.openFromMenu("Orders");
    pages.wait.until(d -> pages.rows("orders").stream().anyMatch(r -> r.getText().contains("RELIANCE")
        && r.getText().contains("SELL") && r.getText().contains("FILLED") && r.getText().contains("trader_exit")));
    assertThat(auditActions()).contains("position.exit");
    chrome.screenshot("orders-after-exit-1280");
  }

  @Test
  void theSameExitRequestSentTwiceIsOneOrder() {
    String body = new JsonObject().put("requestId", "same-request-0001").put("orderType", "LIMIT")
        .put("limitPrice", 1.05).encode();
    JsonObject first = server.send("POST", "/api/v1/user/positions/INFY/exit", token, body).json();
    JsonObject second = server.send("POST", "/api/v1/user/positions/INFY/exit", token, body).json();
    assertThat(second.getLong("id")).isEqualTo(first.getLong("id"));
    assertThat(first.getBoolean("repeated")).isFalse();
    assertThat(second.getBoolean("repeated")).isTrue();
    assertThat(traderExits("INFY")).hasSize(1);
  }

  @Test
  void anExitTheKillSwitchStopsIsRefusedWithItsReasonOnThePage() {
    assertThat(server.send("PUT", "/api/v1/user/kill-switch", token,
        new JsonObject().put("reason", "lunch break").encode()).status()).isEqualTo(200);
    try {
      pages.openByAddress("portfolio");
      pages.waitForRows("positions", TradingPages.UI_WAIT);
      rowOf("positions", "SBIN").findElement(By.cssSelector("button.exit-position")).click();
      pages.wait.until(ExpectedConditions.elementToBeClickable(
          By.cssSelector("exit-position-form dialog[open] button.confirm-exit"))).click();
      String error = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("exit-position-form dialog[open] .action-error"))).getText();
      assertThat(error).startsWith("no exit sent: ").contains("lunch break");
      chrome.screenshot("positions-exit-refused-1280");
      assertThat(traderExits("SBIN")).isEmpty();
    } finally {
      server.send("DELETE", "/api/v1/user/kill-switch", token, null);
    }
  }

  @Test
  void theDashboardShowsTheMarketOpenOnTheServicesClockAndTheNextTask() {
    pages.openByAddress("dashboard");
    pages.wait.until(ExpectedConditions.textMatches(By.cssSelector(".account-summary .market-session"),
        java.util.regex.Pattern.compile("Open\\nat 04 Mar, 11:\\d\\d:\\d\\d IST")));
    assertThat(chrome.driver.findElement(By.cssSelector(".account-summary .next-task")).getText())
        .matches("(sell_monitor|position_monitor) at 04 Mar, 1[12]:\\d\\d:\\d\\d IST");
    chrome.screenshot("dashboard-market-open-1280");
  }

  private static WebElement rowOf(String table, String symbol) {
    return pages.rows(table).stream().filter(r -> r.findElement(By.cssSelector("td[data-label=Symbol]")).getText()
        .equals(symbol)).findFirst().orElseThrow(() -> new AssertionError("no row of " + symbol + " in " + table));
  }

  private static List<JsonObject> traderExits(String symbol) {
    JsonArray items = server.get("/api/v1/user/orders?symbol=" + symbol + "&side=SELL", token).json()
        .getJsonArray("items");
    return items.stream().map(JsonObject.class::cast).filter(o -> "trader_exit".equals(o.getString("task"))).toList();
  }

  private static List<String> auditActions() {
    return server.get("/api/v1/user/audit", token).json().getJsonArray("items").stream()
        .map(e -> ((JsonObject) e).getString("action")).toList();
  }
}
