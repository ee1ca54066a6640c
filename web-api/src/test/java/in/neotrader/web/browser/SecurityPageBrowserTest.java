package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import in.neotrader.web.ApiServer;
import in.neotrader.web.auth.AuthenticatorApp;
import io.vertx.core.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Security page (there was none: the API's second factor, audit trail and sessions had no screen): the second
 * factor set up with an authenticator app (its QR code scans to the key shown), the sessions the API lists, one ended, then all, and the audit trail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityPageBrowserTest {
  private static final String EMAIL = "kavya.menon@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome chrome;
  private static TradingPages pages;
  private static String token;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    chrome = Chrome.open("security");
    pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Kavya Menon");
    // Two more logins: a phone and a laptop.
    BrowserTestServer.login(server, EMAIL, PASSWORD);
    token = BrowserTestServer.login(server, EMAIL, PASSWORD).getString("accessToken");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  @Order(1)
  void theSecondFactorIsSetUpWithTheKeyShownAndACodeFromTheApp() throws Exception {
    pages.openFromMenu("Security");
    assertThat(pages.wait.until(ExpectedConditions.textToBe(By.cssSelector(".totp-status"), "Off"))).isTrue();
    chrome.driver.findElement(By.cssSelector("button.totp-setup")).click();
    String secret = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".totp-secret")))
        .getText();
    String uri = chrome.driver.findElement(By.cssSelector("a.totp-link")).getAttribute("href");
    assertThat(uri).startsWith("otpauth://totp/").contains("secret=" + secret);
    assertThat(scanned(chrome.driver.findElement(By.cssSelector("img.totp-qr")))).isEqualTo(uri);
    chrome.screenshot("security-totp-setup-1280");
    AuthenticatorApp.awaitFreshStep();
    chrome.driver.findElement(By.id("totp-enable")).sendKeys(new AuthenticatorApp(secret).code(0));
    chrome.driver.findElement(By.cssSelector("form.totp-form button[type=submit]")).click();
    pages.wait.until(ExpectedConditions.textToBe(By.cssSelector(".totp-status"), "On: sign-in asks for a code"));
    assertThat(server.get("/api/v1/user/me", token).json().getBoolean("totpEnabled")).isTrue();
    pages.wait.until(d -> auditRows().contains("totp.enable"));
    assertThat(auditRows()).isEqualTo(apiAudit());
    chrome.screenshot("security-1280");
  }

  @Test
  @Order(2)
  void theSessionsAreTheApisAndOneEndsThenAll() {
    pages.openByAddress("security");
    pages.wait.until(d -> pages.rows("sessions").size() == 3);
    assertThat(pages.rows("sessions").stream().map(r -> r.getAttribute("data-id")).toList())
        .isEqualTo(apiSessions());
    pages.rows("sessions").get(2).findElement(By.cssSelector("button.end-session")).click();
    pages.wait.until(d -> pages.rows("sessions").size() == 2);
    assertThat(apiSessions()).hasSize(2);
    pages.confirm("log-out-everywhere");
    pages.wait.until(ExpectedConditions.textMatches(By.cssSelector("security-page p.notice"),
        java.util.regex.Pattern.compile("Every session ended.*")));
    pages.waitForEmptyState("sessions");
    assertThat(apiSessions()).isEmpty();
    pages.wait.until(d -> auditRows().containsAll(List.of("session.revoke", "session.revoke-all")));
  }

  /** What an authenticator app reads from the QR code as the browser shows it. */
  private static String scanned(WebElement qr) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.getScreenshotAs(OutputType.BYTES)));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
  }

  private static List<String> apiSessions() {
    return server.get("/api/v1/user/sessions", token).json().getJsonArray("items").stream()
        .map(s -> ((JsonObject) s).getString("id")).toList();
  }

  private static List<String> apiAudit() {
    return server.get("/api/v1/user/audit", token).json().getJsonArray("items").stream()
        .map(e -> ((JsonObject) e).getString("action")).toList();
  }

  private static List<String> auditRows() {
    return pages.rows("audit").stream().map((WebElement r) -> r.findElement(By.cssSelector("td[data-label=Action]"))
        .getText()).toList();
  }
}
