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
    TraderData.seed(server, userId);
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
