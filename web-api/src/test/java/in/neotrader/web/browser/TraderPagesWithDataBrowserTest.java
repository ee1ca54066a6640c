package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
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
        + " backtest_score, combined_score, last_close, indicators) VALUES (" + userId + ", '2025-02-28', 'TATASTEEL',"
        + " 'buy', 'strong_buy', 28, 95, 61.5, 138.25, '{\"rsi10\": 24.31, \"ema9\": 141.2, \"ema200\": 120.1,"
        + " \"averageVolume\": 1000000, \"lastVolume\": 800000, \"backtestTrades\": 7}'), (" + userId
        + ", '2025-02-28', 'INFY', 'watch', 'watch', -1, 45, 22.0, 1710.4, '{}'), (" + userId + ", '2025-02-27',"
        + " 'SBIN', 'buy', 'buy', 5, 75, 40.0, 701.1, '{}')");
    server.database.execute("INSERT INTO positions (user_id, symbol, quantity, average_price, realised_pnl, opened_at,"
        + " closed_at) VALUES (" + userId + ", 'TATASTEEL', 100, 130, 0, '2025-02-20 10:00+05:30', NULL), (" + userId
        + ", 'INFY', 10, 1800, 0, '2025-02-21 10:00+05:30', NULL), (" + userId + ", 'SBIN', 0, 690, 512.40,"
        + " '2025-02-10 10:00+05:30', '2025-02-27 11:00+05:30')");
    server.database.execute("INSERT INTO paper_accounts (user_id, initial_capital, available_cash) VALUES (" + userId
        + ", 1000000, 1234567.89)");
    server.database.execute("INSERT INTO daily_pnl (user_id, day, realised, unrealised) VALUES (" + userId
        + ", '2025-02-28', 512.40, -71.00)");
    // sell_monitor every minute: five runs on the 27th, thirty, a failure and three more on the 28th, then analysis.
    server.database.execute("INSERT INTO service_task_execution (user_id, task_name, trading_day, executed_at, status,"
        + " reason) SELECT " + userId + ", 'sell_monitor', DATE '2025-02-27', '2025-02-27 10:00+05:30'::timestamptz"
        + " + make_interval(mins => i), 'success', NULL::text FROM generate_series(0, 4) i UNION ALL SELECT " + userId
        + ", 'sell_monitor', '2025-02-28', '2025-02-28 09:15+05:30'::timestamptz + make_interval(mins => i), 'success',"
        + " NULL FROM generate_series(0, 29) i UNION ALL SELECT " + userId + ", 'sell_monitor', '2025-02-28',"
        + " '2025-02-28 09:45+05:30', 'failed', 'broker timeout'::text UNION ALL SELECT " + userId + ", 'sell_monitor',"
        + " '2025-02-28', '2025-02-28 09:46+05:30'::timestamptz + make_interval(mins => i), 'success', NULL FROM"
        + " generate_series(0, 2) i UNION ALL SELECT " + userId + ", 'analysis', '2025-02-28', '2025-02-28 16:00+05:30',"
        + " 'success', NULL");
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
  void theDashboardShowsTheAccountAsTheApiAddsItUpWithTheDayOfThePrices() {
    String token = BrowserTestServer.login(server, EMAIL, PASSWORD).getString("accessToken");
    JsonObject api = server.get("/api/v1/user/account/summary", token).json();
    assertThat(api.getDouble("invested")).isEqualTo(31000.0);
    assertThat(api.getDouble("holdingsValue")).isEqualTo(30929.0);
    assertThat(api.getDouble("totalPnl")).isEqualTo(441.4);
    pages.openByAddress("dashboard");
    WebElement card = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account-summary dl")));
    assertThat(card.findElement(By.cssSelector(".cash")).getText()).isEqualTo("₹12,34,567.89");
    assertThat(card.findElement(By.cssSelector(".invested")).getText()).isEqualTo("₹31,000.00");
    assertThat(card.findElement(By.cssSelector(".holdings")).getText())
        .isEqualTo("₹30,929.00\nprices as of the 2025-02-28 close");
    assertThat(card.findElement(By.cssSelector(".day-pnl")).getText()).isEqualTo("₹441.40");
    assertThat(card.findElement(By.xpath(".//dt[normalize-space()='P&L of 2025-02-28']")).isDisplayed()).isTrue();
    assertThat(card.findElement(By.cssSelector(".total-pnl")).getText())
        .isEqualTo("₹441.40\nrealised ₹512.40, unrealised -₹71.00");
    assertThat(card.findElement(By.cssSelector(".open-positions")).getText()).isEqualTo("2");
    assertThat(chrome.driver.findElement(By.cssSelector(".account-summary .badge.mode")).getText()).isEqualTo("PAPER");
    chrome.screenshot("dashboard-account-1280");
  }

  @Test
  void repeatedRunsAreOneRowWithTheirCountAndTimeRangeAndTheDaysFilterGoesToTheApi() {
    pages.openFromMenu("Task history");
    pages.waitForRows("task-history", TradingPages.UI_WAIT);
    assertThat(taskGroups()).containsExactly("analysis success 1", "sell_monitor success 3",
        "sell_monitor failed 1", "sell_monitor success 30", "sell_monitor success 5");
    WebElement thirty = pages.rows("task-history").get(3);
    assertThat(thirty.findElement(By.cssSelector("td[data-label='Ran at']")).getText())
        .isEqualTo("28 Feb, 09:15:00 IST – 28 Feb, 09:44:00 IST");
    thirty.findElement(By.cssSelector("button.expand")).click();
    List<WebElement> runs = pages.wait.until(d -> d.findElements(By.cssSelector("ol.grouped-runs > li")));
    assertThat(runs).hasSize(30);
    chrome.screenshot("task-history-grouped-1280");

    WebElement from = chrome.driver.findElement(By.cssSelector("task-history-page input[name=from]"));
    chrome.driver.executeScript("arguments[0].value = '2025-02-28'; arguments[0].dispatchEvent(new Event('change'));", from);
    pages.wait.ignoring(StaleElementReferenceException.class).until(d -> taskGroups().size() == 4);
    String token = BrowserTestServer.login(server, EMAIL, PASSWORD).getString("accessToken");
    int total = server.get("/api/v1/user/service/tasks?from=2025-02-28&limit=200", token).json().getInteger("total");
    assertThat(total).isEqualTo(35);
    assertThat(taskGroups().stream().mapToInt(g -> Integer.parseInt(g.substring(g.lastIndexOf(' ') + 1))).sum())
        .isEqualTo(total);
  }

  private static List<String> taskGroups() {
    return pages.rows("task-history").stream().map(r -> r.findElement(By.cssSelector("td[data-label=Task]")).getText()
        + " " + r.findElement(By.cssSelector("td[data-label=Status]")).getText() + " "
        + r.findElement(By.cssSelector("td[data-label=Runs]")).getText()).toList();
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
