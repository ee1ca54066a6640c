package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.broker.kotak.KotakCredentials;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import in.neotrader.verticles.broker.kotak.fake.FakeKotakNeoServer;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Test connection" on the settings page, against the Kotak fake: a login of its own with the saved credentials,
 * the funds read, and the address Kotak sees beside the registered one; a wrong MPIN comes back as Kotak's reason,
 * and a second test within 30 s is refused before it reaches Kotak (wrong MPINs lock the account).
 */
class BrokerConnectionBrowserTest {
  private static final KotakCredentials ACCOUNT = new KotakCredentials("consumer-key-test-9", "+919876501234",
      "QZ7T4", "731904", "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU");
  private static final String EMAIL = "anil@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static final Vertx outside = Vertx.vertx();
  private static FakeKotakNeoServer kotak;
  private static ApiServer server;
  private static Chrome chrome;

  @BeforeAll
  static void start() {
    Chrome.requireBrowser();
    kotak = Await.result(FakeKotakNeoServer.start(outside, ACCOUNT));
    kotak.setCash(new BigDecimal("250000"));
    server = ApiServer.start(new JsonObject().put("CLOCK", BrowserTestServer.FAST_CLOCK).put("DEMO", false)
        .put("KOTAK_BASE_URL", kotak.loginUrl()));
    chrome = Chrome.open("broker-connection");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
    if (kotak != null) Await.result(kotak.stop());
    Await.result(outside.close());
  }

  @Test
  void aTraderTestsTheSavedCredentialsAndSeesTheAddressKotakSeesBesideTheRegisteredOne() {
    TradingPages pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Anil");
    pages.openFromMenu("Settings");
    Map<String, String> fields = Map.of("consumerKey", ACCOUNT.accessToken(), "mobileNumber", ACCOUNT.mobileNumber(),
        "ucc", ACCOUNT.ucc(), "mpin", ACCOUNT.mpin(), "totpSecret", ACCOUNT.totpSecret(), "registeredIp", "203.0.113.7");
    fields.forEach((name, value) -> pages.wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.id("cred-" + name))).sendKeys(value));
    chrome.driver.findElement(By.xpath("//button[normalize-space()='Save credentials']")).click();
    WebElement test = pages.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.test-connection")));
    int logins = kotak.calls(FakeEndpoint.LOGIN);

    test.click();
    pages.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".connection-result"),
        "Logged in, but Kotak sees 127.0.0.1"));
    WebElement result = chrome.driver.findElement(By.cssSelector(".connection-result"));
    assertThat(result.getText()).isEqualTo("Logged in, but Kotak sees 127.0.0.1 while the registered address is "
        + "203.0.113.7: orders will be refused. Register this address with Kotak or set the route to the registered one");
    assertThat(kotak.calls(FakeEndpoint.LOGIN)).isEqualTo(logins + 1);
    assertThat(kotak.calls(FakeEndpoint.LIMITS)).isPositive();
    String token = BrowserTestServer.login(server, EMAIL, PASSWORD).getString("accessToken");
    JsonObject session = server.get("/api/v1/user/settings", token).json().getJsonObject("brokerSession");
    assertThat(session.getString("seenIp")).isEqualTo("127.0.0.1");
    assertThat(session.getString("registeredIp")).isEqualTo("203.0.113.7");
    chrome.driver.executeScript("arguments[0].scrollIntoView()", result);
    chrome.screenshot("broker-connection-test-1280");

    chrome.driver.findElement(By.cssSelector("button.test-connection")).click();
    pages.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".connection-result"),
        "too many attempts"));
    assertThat(kotak.calls(FakeEndpoint.LOGIN)).as("the second test never reached Kotak").isEqualTo(logins + 1);
  }

  @Test
  void aWrongMpinComesBackAsKotaksReasonAndNothingIsSaved() {
    ApiClient.Session trader = server.signUp();
    JsonObject wrongMpin = new JsonObject().put("consumerKey", ACCOUNT.accessToken())
        .put("mobileNumber", ACCOUNT.mobileNumber()).put("ucc", ACCOUNT.ucc()).put("mpin", "111111")
        .put("totpSecret", ACCOUNT.totpSecret());
    assertThat(server.send("PUT", "/api/v1/user/broker-credentials", trader.accessToken(), wrongMpin.encode())
        .status()).isEqualTo(204);

    ApiClient.Reply reply = server.send("POST", "/api/v1/user/broker-session/test", trader.accessToken(), null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getBoolean("ok")).isFalse();
    assertThat(reply.json().getString("message")).contains("Invalid MPIN");
  }
}
