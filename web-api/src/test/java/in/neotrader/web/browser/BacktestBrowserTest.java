package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The backtest page: a bad symbol is named with the server's message; a run shows the server's figures. */
class BacktestBrowserTest {
  private static final String EMAIL = "meera@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome chrome;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    chrome = Chrome.open("backtest");
    // 700 weekdays of a falling and rising wave: the dip strategy has trades to find.
    server.database.execute("INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, source)"
        + " SELECT 'WAVE', day, p, p * 1.01, p * 0.99, p, 500000, 'bhavcopy' FROM (SELECT day::date AS day,"
        + " round((400 * (1 + 0.08 * sin(row_number() OVER (ORDER BY day) / 6.0)))::numeric, 2) AS p"
        + " FROM generate_series(date '2023-01-02', date '2025-09-30', interval '1 day') AS day"
        + " WHERE extract(isodow FROM day) < 6) wave");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  void aTraderBacktestsTheirStrategyAndSeesTheTradesAndFigures() {
    TradingPages pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Meera");
    pages.openFromMenu("Backtest");
    WebElement symbols = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("symbols")));
    chrome.driver.executeScript("arguments[0].value = '2024-01-01'; arguments[1].value = '2025-09-30';",
        chrome.driver.findElement(By.name("from")), chrome.driver.findElement(By.name("to")));

    symbols.sendKeys("wave SBIN.NS");
    run();
    assertThat(pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("backtest-errors"))).getText())
        .isEqualTo("symbols[1]: 'SBIN.NS' is not an NSE symbol");

    symbols.clear();
    symbols.sendKeys("wave");
    run();
    WebElement trades = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-figure=trades]")));
    String token = BrowserTestServer.login(server, EMAIL, PASSWORD).getString("accessToken");
    JsonObject answer = server.send("POST", "/api/v1/user/backtests", token, new JsonObject()
        .put("symbols", new JsonArray().add("WAVE")).put("from", "2024-01-01").put("to", "2025-09-30").encode()).json();
    assertThat(answer.getInteger("tradeCount")).isPositive();
    assertThat(trades.getText()).isEqualTo(String.valueOf(answer.getInteger("tradeCount")));
    assertThat(chrome.driver.findElement(By.cssSelector(".backtest-report h2")).getText())
        .isEqualTo("dip, 2024-01-01 to 2025-09-30");
    assertThat(chrome.driver.findElements(By.cssSelector(".backtest-report tbody tr")))
        .hasSize(answer.getInteger("tradeCount"));
    assertThat(chrome.driver.findElement(By.cssSelector("[data-figure=pnl]")).getText()).contains("₹")
        .endsWith(String.format("(%.2f %% of the capital used)", answer.getDouble("returnPct")));
    chrome.screenshot("backtest-1280");
  }

  private static void run() {
    chrome.driver.findElement(By.cssSelector("form.backtest button[type=submit]")).click();
  }
}
