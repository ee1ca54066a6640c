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

/**
 * The broker banner in broker mode: the session state, and the address Kotak saw at the last login beside the one
 * the trader registered, marked when they differ (Kotak refuses orders from any other address).
 */
class BrokerBannerBrowserTest {
  private static final String EMAIL = "meera@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome chrome;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    chrome = Chrome.open("broker-banner");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  void theBannerShowsTheAddressKotakSeesBesideTheRegisteredOneAndWarnsWhenTheyDiffer() {
    TradingPages pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Meera");
    String token = BrowserTestServer.login(server, EMAIL, PASSWORD).getString("accessToken");
    JsonObject credentials = new JsonObject().put("consumerKey", "consumer-key-42").put("mobileNumber", "+919876501234")
        .put("ucc", "QZ7T4").put("mpin", "731904").put("totpSecret", "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU")
        .put("registeredIp", "203.0.113.7");
    assertThat(server.send("PUT", "/api/v1/user/broker-credentials", token, credentials.encode()).status())
        .isEqualTo(204);
    assertThat(server.send("PUT", "/api/v1/user/settings", token, new JsonObject().put("tradeMode", "broker").encode())
        .status()).isEqualTo(200);
    // What the trading verticle records after a login from another address than the registered one.
    server.database.execute("UPDATE user_settings SET broker_session_state = 'valid', broker_session_checked_at = "
        + "now(), broker_seen_ip = '198.51.100.20', broker_seen_ip_at = now(), broker_registered_ip = '203.0.113.7' "
        + "WHERE user_id = (SELECT id FROM users WHERE email = '" + EMAIL + "')");

    chrome.driver.navigate().refresh();
    WebElement address = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".broker-banner .broker-address")));
    assertThat(chrome.driver.findElement(By.cssSelector(".broker-banner strong")).getText())
        .isEqualTo("Broker session valid");
    assertThat(address.getText())
        .isEqualTo("Kotak sees 198.51.100.20, registered 203.0.113.7 — they differ: orders will be refused");
    assertThat(address.getAttribute("class")).contains("bad");
    chrome.screenshot("broker-banner-mismatch-1280");

    server.database.execute("UPDATE user_settings SET broker_seen_ip = '203.0.113.7' "
        + "WHERE user_id = (SELECT id FROM users WHERE email = '" + EMAIL + "')");
    chrome.driver.navigate().refresh();
    pages.wait.until(ExpectedConditions.textToBe(By.cssSelector(".broker-banner .broker-address"),
        "Kotak sees 203.0.113.7, registered 203.0.113.7"));
    assertThat(chrome.driver.findElement(By.cssSelector(".broker-banner .broker-address")).getAttribute("class"))
        .doesNotContain("bad");
  }
}
