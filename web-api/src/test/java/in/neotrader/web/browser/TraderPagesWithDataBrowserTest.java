package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pages with a trader's data on them, as a new trader saw them: the name given at sign-up dropped, prices without
 * ₹, the signals page empty because it asked for the real date, and 0.1 shown as "Default target %".
 */
class TraderPagesWithDataBrowserTest {
  private static final String EMAIL = "asha.rao@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome chrome;
  private static TradingPages pages;
  private static long userId;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    chrome = Chrome.open("trader-pages");
    pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Asha Rao");
    userId = BrowserTestServer.login(server, EMAIL, PASSWORD).getJsonObject("user").getLong("id");
    server.database.execute("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, price, order_type,"
        + " variety, status, task, placed_at, source) VALUES (" + userId + ", 'ui-1', 'RELIANCE', 'BUY', 8, 1234.5,"
        + " 'LIMIT', 'AMO', 'OPEN', 'buy_orders', '2025-02-28 10:36:00+00', 'paper')");
    // A past trading day (a Friday): the page asked for today's signals and showed none.
    server.database.execute("INSERT INTO signals (user_id, day, symbol, verdict, final_verdict, strength_score,"
        + " backtest_score, combined_score, last_close, indicators, strategy, details) VALUES (" + userId
        + ", '2025-02-28', 'TATASTEEL',"
        + " 'buy', 'strong_buy', 28, 95, 61.5, 138.25, '{\"rsi10\": 24.31, \"ema9\": 141.2, \"ema200\": 120.1,"
        + " \"averageVolume\": 1000000, \"lastVolume\": 800000, \"backtestTrades\": 7}', 'dip', '{}'), (" + userId
        + ", '2025-02-28', 'INFY', 'watch', 'watch', -1, 45, 22.0, 1710.4, '{}', 'legacy-dip', '{\"explanation\":"
        + " [\"RSI10 25.00 against the threshold 20 (below EMA200)\", \"verdict watch\"]}'), (" + userId
        + ", '2025-02-27', 'SBIN', 'buy', 'buy', 5, 75, 40.0, 701.1, '{}', 'dip', '{}')");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  void theHeaderShowsTheNameGivenAtSignUp() {
    pages.openByAddress("service");
    assertThat(pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".who"))).getText())
        .isEqualTo("Asha Rao");
  }

  @Test
  void orderPricesAreInRupeesWithIndianGroupingAndRightAligned() {
    pages.openFromMenu("Orders");
    pages.waitForRows("orders", TradingPages.UI_WAIT);
    WebElement priceCell = pages.rows("orders").get(0).findElement(By.cssSelector("td[data-label=Price]"));
    assertThat(priceCell.getText()).isEqualTo("₹1,234.50");
    assertThat(priceCell.getCssValue("text-align")).isEqualTo("right");
    chrome.screenshot("orders-with-data-1280");
  }

  @Test
  void signalsShowTheLastAnalysedDayWhenNoDayIsChosen() {
    pages.openFromMenu("Signals");
    pages.waitForRows("signals", TradingPages.UI_WAIT);
    List<String> symbols = pages.rows("signals").stream()
        .map(row -> row.findElement(By.cssSelector("td[data-label=Symbol]")).getText()).toList();
    assertThat(symbols).containsExactly("TATASTEEL", "INFY");
    assertThat(chrome.driver.findElement(By.cssSelector("signals-page h1")).getText()).isEqualTo("Signals of 2025-02-28");
    assertThat(pages.rows("signals").get(0).findElement(By.cssSelector("td[data-label='Last close']")).getText())
        .isEqualTo("₹138.25");
    pages.rows("signals").get(0).findElement(By.cssSelector("button.expand")).click();
    String why = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.signal-reasons")))
        .getText();
    assertThat(why).contains("RSI10 24.3 < 30, the close ₹138.25 above EMA200 ₹120.10")
        .contains("Volume 0.80 × average (enough: needs 0.5 ×)").contains("7 trades")
        .contains("Final verdict strong buy: the backtest promoted the rules' buy")
        .contains("buy_orders buys it").doesNotContain("{");
    chrome.screenshot("signals-why-1280");
    pages.rows("signals").get(1).findElement(By.cssSelector("button.expand")).click();
    String own = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//ul[contains(@class, 'signal-reasons')][contains(., 'against the threshold 20')]"))).getText();
    assertThat(own).as("a strategy's own words, not the dip reading of its indicators")
        .contains("RSI10 25.00 against the threshold 20 (below EMA200).").contains("verdict watch.")
        .contains("buy_orders does not buy it").doesNotContain("Rules' verdict");
    chrome.resize(390, 844);
    chrome.screenshot("signals-with-data-390");
    chrome.resize(1280, 900);
  }

  @Test
  void fractionSettingsAreShownAndSavedAsPercentages() {
    pages.openFromMenu("Settings");
    WebElement target = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("default_target_pct")));
    assertThat(target.getAttribute("value")).isEqualTo("10");
    assertThat(chrome.driver.findElement(By.cssSelector("label[for=config-default_target_pct]")).getText())
        .isEqualTo("Default target (%)");
    assertThat(chrome.driver.findElement(By.name("sell_min_target_ratio")).getAttribute("value")).isEqualTo("95");
    target.clear();
    target.sendKeys("12.5");
    chrome.driver.findElement(By.xpath("//button[normalize-space()='Save trading rules']")).click();
    String token = BrowserTestServer.login(server, EMAIL, PASSWORD).getString("accessToken");
    pages.wait.until(d -> server.get("/api/v1/user/trading-config", token).json().getDouble("default_target_pct") == 0.125);
    JsonObject saved = server.get("/api/v1/user/trading-config", token).json();
    assertThat(saved.getDouble("sell_min_target_ratio")).isEqualTo(0.95);
    assertThat(saved.getDouble("paper_slippage_min_pct")).as("already a percentage, left as it is").isEqualTo(0.1);
  }
}
