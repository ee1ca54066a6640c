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
 * The service page shows the last pre-open readiness check: first none, then ready with each check passed, then,
 * live after a re-run with the kill switch set, not ready with the failed check and its reason.
 */
class ReadinessBrowserTest {
  private static final String EMAIL = "ishaan@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome chrome;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    chrome = Chrome.open("readiness");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  void theDashboardShowsTheVerdictAndEachCheckAndFollowsANewRun() {
    TradingPages pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Ishaan");
    pages.openFromMenu("Service");
    assertThat(pages.wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("readiness-card .empty-state"))).getText()).contains("No readiness check has run yet");

    String token = BrowserTestServer.login(server, EMAIL, PASSWORD).getString("accessToken");
    assertThat(server.send("POST", "/api/v1/user/service/start", token, null).status()).isEqualTo(200);
    pages.waitUntilLive();
    assertThat(server.send("POST", "/api/v1/user/service/tasks/readiness_check/run", token, null).status())
        .isEqualTo(202);
    pages.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".readiness-verdict"),
        "Ready to trade 2025-03-03"));
    List<WebElement> checks = chrome.driver.findElements(By.cssSelector(".readiness-checks li"));
    assertThat(checks).extracting(li -> li.getAttribute("data-check")).containsExactly("trading day", "broker",
        "funds", "egress address", "market data", "kill switch");
    assertThat(checks).allSatisfy(li -> assertThat(li.getAttribute("class")).isEqualTo("positive"));
    assertThat(checks.get(1).getText()).contains("available");
    chrome.screenshot("readiness-ready-1280");

    assertThat(server.send("PUT", "/api/v1/user/kill-switch", token,
        new JsonObject().put("reason", "budget day").encode()).status()).isEqualTo(200);
    assertThat(server.send("POST", "/api/v1/user/service/tasks/readiness_check/run", token, null).status())
        .isEqualTo(202);
    pages.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".readiness-verdict"),
        "Not ready to trade 2025-03-03"));
    WebElement killSwitch = chrome.driver.findElement(By.cssSelector(".readiness-checks li[data-check='kill switch']"));
    assertThat(killSwitch.getAttribute("class")).isEqualTo("negative");
    assertThat(killSwitch.getText()).contains("failed:").contains("budget day");
    chrome.screenshot("readiness-not-ready-1280");
  }
}
