package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The trading rules form shows the server's own validation message next to the field, and nothing is saved. */
class TradingConfigBrowserTest {
  private static final String EMAIL = "meera@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome chrome;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    chrome = Chrome.open("meera");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  void aBadValueShowsTheServersMessageNextToTheFieldAndSavesNothing() {
    TradingPages pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Meera");
    pages.openFromMenu("Settings");
    WebElement rsiPeriod = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("rsi_period")));
    WebElement portfolioSize = chrome.driver.findElement(By.name("max_portfolio_size"));
    String rsiBefore = rsiPeriod.getAttribute("value");
    String portfolioBefore = portfolioSize.getAttribute("value");
    chrome.screenshot("settings-1280");

    replace(portfolioSize, "7");
    replace(rsiPeriod, "0");
    chrome.driver.findElement(By.xpath("//button[normalize-space()='Save trading rules']")).click();

    WebElement message = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-field=rsi_period] .field-error")));
    chrome.screenshot("settings-validation-error-1280");
    assertThat(message.getText()).isEqualTo(serversMessageForRsiPeriodZero());
    assertThat(chrome.driver.findElement(By.name("rsi_period")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(chrome.driver.findElement(By.name("rsi_period")).getAttribute("aria-describedby"))
        .isEqualTo(message.getAttribute("id"));

    JsonObject stored = server.get("/api/v1/user/trading-config", accessToken()).json();
    assertThat(stored.getValue("rsi_period").toString()).isEqualTo(rsiBefore);
    assertThat(stored.getValue("max_portfolio_size").toString()).isEqualTo(portfolioBefore);

    pages.openFromMenu("Orders");
    pages.openFromMenu("Settings");
    assertThat(pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("rsi_period"))).getAttribute("value"))
        .isEqualTo(rsiBefore);
    chrome.resize(390, 844);
    chrome.screenshot("settings-390");
    chrome.resize(1280, 900);
  }

  /** What the server itself answers for the same mistake, asked directly. */
  private static String serversMessageForRsiPeriodZero() {
    String token = accessToken();
    JsonObject config = server.get("/api/v1/user/trading-config", token).json();
    ApiClient.Reply answer = server.send("PUT", "/api/v1/user/trading-config", token, config.put("rsi_period", 0).encode());
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().getString("error")).isEqualTo("validation_failed");
    return answer.json().getJsonObject("fields").getString("rsi_period");
  }

  private static String accessToken() {
    return BrowserTestServer.login(server, EMAIL, PASSWORD).getString("accessToken");
  }

  private static void replace(WebElement input, String value) {
    input.clear();
    input.sendKeys(value);
  }
}
