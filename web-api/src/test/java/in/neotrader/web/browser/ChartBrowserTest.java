package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The chart of a symbol, reached from the signals page: the candles the API serves (the simulated ones on this
 * simulated clock, said on the page), with the trader's signal, entry and open sell target marked on them.
 */
class ChartBrowserTest {
  private static final String EMAIL = "meera.iyer@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome chrome;
  private static TradingPages pages;
  private static JsonObject chart;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    chrome = Chrome.open("chart");
    pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Meera Iyer");
    JsonObject login = BrowserTestServer.login(server, EMAIL, PASSWORD);
    long userId = login.getJsonObject("user").getLong("id");
    String token = login.getString("accessToken");
    JsonArray candles = server.get("/api/v1/user/chart/SBIN?days=60", token).json().getJsonArray("candles");
    String day = candles.getJsonObject(candles.size() - 5).getString("day");
    double close = candles.getJsonObject(candles.size() - 5).getDouble("close");
    server.database.execute("INSERT INTO signals (user_id, day, symbol, verdict, final_verdict, combined_score, last_close)"
        + " VALUES (" + userId + ", '" + day + "', 'SBIN', 'buy', 'strong_buy', 61.5, " + close + ")");
    server.database.execute("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, filled_quantity,"
        + " price, average_fill_price, order_type, variety, status, task, placed_at, filled_at, source) VALUES ("
        + userId + ", 'chart-buy', 'SBIN', 'BUY', 10, 10, " + close + ", " + close + ", 'LIMIT', 'AMO', 'FILLED',"
        + " 'buy_orders', '" + day + " 03:40:00+00', '" + day + " 03:46:00+00', 'paper'), (" + userId + ", 'chart-sell',"
        + " 'SBIN', 'SELL', 10, 0, " + Math.round(close * 110) / 100.0 + ", null, 'LIMIT', 'REGULAR', 'OPEN',"
        + " 'sell_orders', '" + day + " 03:50:00+00', null, 'paper')");
    chart = server.get("/api/v1/user/chart/SBIN", token).json();
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  void aSignalsSymbolOpensItsChartWithTheCandlesAndTheTradersMarks() {
    pages.openFromMenu("Signals");
    pages.waitForRows("signals", TradingPages.UI_WAIT);
    pages.rows("signals").get(0).findElement(By.cssSelector("a.chart-link")).click();
    pages.wait.until(ExpectedConditions.textToBe(By.cssSelector("chart-page h1"), "SBIN"));
    pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("symbol-chart svg")));

    JsonArray candles = chart.getJsonArray("candles");
    List<String> shown = chrome.driver.findElements(By.cssSelector("symbol-chart g.candle")).stream()
        .map(g -> g.getAttribute("data-day")).toList();
    assertThat(shown).hasSize(120).isEqualTo(IntStream.range(0, candles.size())
        .mapToObj(i -> candles.getJsonObject(i).getString("day")).toList());
    String caption = chrome.driver.findElement(By.cssSelector("symbol-chart figcaption")).getText();
    JsonObject last = candles.getJsonObject(candles.size() - 1);
    assertThat(caption).contains("on " + last.getString("day")).contains("simulated prices")
        .contains("RSI10 " + String.format("%.1f", last.getDouble("rsi10")));
    assertThat(chrome.driver.findElement(By.cssSelector("symbol-chart .last-close")).getText())
        .isEqualTo(String.format("₹%,.2f", last.getDouble("close")));
    assertThat(chrome.driver.findElements(By.cssSelector("symbol-chart .signal-mark"))).hasSize(1);
    assertThat(chrome.driver.findElements(By.cssSelector("symbol-chart .fill-mark.entry"))).hasSize(1);
    WebElement target = chrome.driver.findElement(By.cssSelector("symbol-chart g.sell-target text"));
    assertThat(target.getText()).isEqualTo(String.format("₹%,.2f",
        chart.getJsonArray("sellTargets").getJsonObject(0).getDouble("price")));
    assertThat(chrome.driver.findElements(By.cssSelector("symbol-chart path.ema9"))).singleElement()
        .satisfies(p -> assertThat(p.getAttribute("d")).startsWith("M"));
    chrome.screenshot("chart-with-data-1280");
  }

  @Test
  void theChartFitsAPhone() {
    pages.openByAddress("chart?symbol=SBIN");
    chrome.resize(390, 844);
    try {
      WebElement svg = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("symbol-chart svg")));
      assertThat(svg.getRect().getWidth()).isLessThanOrEqualTo(390);
      assertThat(chrome.driver.findElements(By.cssSelector("symbol-chart g.candle"))).hasSize(120);
      chrome.screenshot("chart-with-data-390");
    } finally {
      chrome.resize(1280, 900);
    }
  }
}
