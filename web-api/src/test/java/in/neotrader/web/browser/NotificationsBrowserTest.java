package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Notification channels on the settings page: a bad URL named beside its field, a webhook added, "Send test"
 * delivered to a local receiver and shown as delivered.
 */
class NotificationsBrowserTest {
  private static final String EMAIL = "leela@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static final Vertx outside = Vertx.vertx();
  private static final List<String> received = new CopyOnWriteArrayList<>();
  private static HttpServer receiver;
  private static ApiServer server;
  private static Chrome chrome;

  @BeforeAll
  static void start() {
    Chrome.requireBrowser();
    receiver = Await.result(outside.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
      received.add(body.toString());
      request.response().setStatusCode(204).end();
    })).listen(0, "127.0.0.1"));
    server = ApiServer.start(new JsonObject().put("CLOCK", BrowserTestServer.FAST_CLOCK).put("DEMO", false)
        .put("NOTIFY_POLL_MS", 100).put("NOTIFY_ALLOW_PRIVATE_WEBHOOKS", true));
    chrome = Chrome.open("notifications");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
    Await.result(outside.close());
  }

  @Test
  void aTraderAddsAWebhookSeesABadUrlNamedAndSendsATest() {
    TradingPages pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Leela");
    pages.openFromMenu("Settings");
    new Select(pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notify-kind"))))
        .selectByValue("webhook");
    WebElement url = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notify-url")));
    url.sendKeys("ftp://example.in/hook");
    chrome.driver.findElement(By.id("notify-secret")).sendKeys("a-signing-secret-of-leela");
    add();
    assertThat(pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notify-url-error"))).getText())
        .isEqualTo("must be an http(s) URL of at most 500 characters, without credentials");

    WebElement fixed = chrome.driver.findElement(By.id("notify-url"));
    fixed.clear();
    fixed.sendKeys("http://127.0.0.1:" + receiver.actualPort() + "/hook");
    add();
    WebElement test = pages.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.send-test")));
    assertThat(chrome.driver.findElement(By.cssSelector(".channel-label")).getText()).isEqualTo("Webhook 127.0.0.1");
    test.click();
    pages.wait.until(d -> received.size() == 1);
    assertThat(new JsonObject(received.get(0)).getString("type")).isEqualTo("test");

    pages.openFromMenu("Orders");
    pages.openFromMenu("Settings");
    pages.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".channel-delivered"),
        "last delivered"));
    chrome.driver.executeScript("arguments[0].scrollIntoView()",
        chrome.driver.findElement(By.cssSelector("notifications-form")));
    chrome.screenshot("notifications-1280");
  }

  private static void add() {
    chrome.driver.findElement(By.xpath("//button[normalize-space()='Add channel']")).click();
  }
}
