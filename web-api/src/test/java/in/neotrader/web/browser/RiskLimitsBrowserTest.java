package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The risk limits on the settings page: the server's message beside each bad field, nothing saved; then saved. */
class RiskLimitsBrowserTest {
  private static final String EMAIL = "arjun@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome chrome;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    chrome = Chrome.open("risk-limits");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  void badLimitsAreNamedBesideTheirFieldsAndGoodOnesAreSaved() {
    TradingPages pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Arjun");
    pages.openFromMenu("Settings");
    WebElement orderValue = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("max_order_value")));
    WebElement perDay = chrome.driver.findElement(By.name("max_orders_per_day"));
    assertThat(perDay.getAttribute("value")).isEqualTo("50");

    replace(orderValue, "0");
    replace(perDay, "5000");
    save();
    assertThat(errorOf(pages, "max_order_value")).isEqualTo("must be greater than 0");
    assertThat(errorOf(pages, "max_orders_per_day")).isEqualTo("must be between 1 and 1000");
    chrome.screenshot("risk-limits-errors-1280");
    assertThat(stored().getValue("max_order_value")).isNull();
    assertThat(stored().getInteger("max_orders_per_day")).isEqualTo(50);

    replace(chrome.driver.findElement(By.name("max_order_value")), "25000");
    replace(chrome.driver.findElement(By.name("max_orders_per_day")), "20");
    replace(chrome.driver.findElement(By.name("daily_loss_cap")), "3000");
    save();
    pages.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(
        "[data-field=max_order_value] .field-error")));
    pages.wait.until(driver -> stored().getInteger("max_orders_per_day") == 20);
    assertThat(stored().getDouble("max_order_value")).isEqualTo(25000.0);
    assertThat(stored().getDouble("daily_loss_cap")).isEqualTo(3000.0);
  }

  private static String errorOf(TradingPages pages, String field) {
    return pages.wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-field=" + field + "] .field-error"))).getText();
  }

  private static void save() {
    chrome.driver.findElement(By.xpath("//button[normalize-space()='Save trading rules']")).click();
  }

  private static String token;

  /** Logged in once: the login rate limit would refuse a login per look. */
  private static JsonObject stored() {
    if (token == null) {
      token = BrowserTestServer.login(server, EMAIL, PASSWORD).getString("accessToken");
    }
    return server.get("/api/v1/user/trading-config", token).json();
  }

  private static void replace(WebElement input, String value) {
    input.clear();
    input.sendKeys(value);
  }
}
