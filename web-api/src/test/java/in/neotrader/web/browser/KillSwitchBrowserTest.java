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
 * A trader stops all trading from the service page (with confirmation): the banner shows on every page while the
 * switch holds, an admin's deployment-wide switch shows beside it and outlives the trader's resume.
 */
class KillSwitchBrowserTest {
  private static final String EMAIL = "kavya@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static final List<String> PAGES = List.of("Task history", "Logs", "Orders", "Positions & P&L", "Signals",
      "Settings", "Service");
  private static ApiServer server;
  private static Chrome chrome;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    chrome = Chrome.open("kill-switch");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  void theBannerShowsOnEveryPageWhileTheSwitchHolds() {
    TradingPages pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Kavya");
    pages.openFromMenu("Service");
    pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kill-reason"))).sendKeys("results day");
    chrome.driver.findElement(By.id("kill-cancel")).click();
    pages.confirm("stop-trading");

    WebElement banner = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("kill-switch-banner .kill-switch-banner")));
    assertThat(banner.getText()).startsWith("Trading stopped: no new orders are placed.")
        .contains("kill switch (set by the trader): results day");
    chrome.screenshot("kill-switch-1280");
    for (String page : PAGES) {
      pages.openFromMenu(page);
      assertThat(pages.wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".kill-switch-banner"))).getText()).as(page).contains("results day");
    }

    String admin = BrowserTestServer.login(server, ApiServer.ADMIN_EMAIL, ApiServer.ADMIN_PASSWORD)
        .getString("accessToken");
    assertThat(server.send("PUT", "/api/v1/admin/kill-switch", admin,
        new JsonObject().put("reason", "exchange outage").encode()).status()).isEqualTo(200);
    chrome.driver.navigate().refresh();
    pages.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".kill-switch-others"),
        "kill switch (whole deployment, set by an admin): exchange outage"));

    pages.confirm("resume-trading");
    pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("confirm-button.stop-trading")));
    assertThat(chrome.driver.findElement(By.cssSelector(".kill-switch-banner")).getText())
        .as("the deployment's switch still holds").contains("exchange outage").doesNotContain("results day");

    assertThat(server.send("DELETE", "/api/v1/admin/kill-switch", admin, null).status()).isEqualTo(200);
    chrome.driver.navigate().refresh();
    pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("confirm-button.stop-trading")));
    assertThat(chrome.driver.findElements(By.cssSelector(".kill-switch-banner"))).isEmpty();
  }
}
