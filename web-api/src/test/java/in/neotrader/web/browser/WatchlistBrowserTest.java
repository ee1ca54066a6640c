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

/** The watchlist on the settings page: a bad symbol is named with the server's message, good ones are saved. */
class WatchlistBrowserTest {
  private static final String EMAIL = "ravi@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome chrome;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    chrome = Chrome.open("ravi");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  void aTraderSavesAWatchlistSeesABadSymbolNamedAndRemovesOne() {
    TradingPages pages = new TradingPages(chrome, server.base());
    pages.signUp(EMAIL, PASSWORD, "Ravi");
    pages.openFromMenu("Settings");
    WebElement symbols = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("symbols")));

    symbols.sendKeys("sbin, M&M SBIN.NS");
    save();
    WebElement error = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("watchlist-errors")));
    assertThat(error.getText()).startsWith("symbols[2]: 'SBIN.NS' is not an NSE symbol");
    assertThat(stored()).as("nothing saved").isEmpty();

    symbols.clear();
    symbols.sendKeys("sbin, M&M");
    save();
    pages.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".watchlist [role=status]"),
        "Watchlist saved."));
    assertThat(stored()).containsExactly("M&M", "SBIN");
    chrome.screenshot("watchlist-1280");

    chrome.driver.findElement(By.cssSelector("button[aria-label='Remove M&M']")).click();
    pages.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".watchlist [role=status]"),
        "M&M removed."));
    assertThat(chrome.driver.findElements(By.cssSelector(".watchlist-items li span")))
        .extracting(WebElement::getText).containsExactly("SBIN");
    assertThat(stored()).containsExactly("SBIN");

    // The session survives a reload with no token a script of the page could read (it sat in localStorage).
    pages.openByAddress("settings");
    pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("symbols")));
    assertThat(chrome.driver.executeScript(
        "return Object.keys(localStorage).map(k => k + '=' + localStorage.getItem(k)).join(';');"))
        .isEqualTo("neotrader.signedIn=yes");
    assertThat(String.valueOf(chrome.driver.executeScript("return document.cookie;"))).doesNotContain("neotrader_refresh");
  }

  private static void save() {
    chrome.driver.findElement(By.xpath("//button[normalize-space()='Save watchlist']")).click();
  }

  private static List<String> stored() {
    String token = BrowserTestServer.login(server, EMAIL, PASSWORD).getString("accessToken");
    return server.get("/api/v1/user/watchlist", token).json().getJsonArray("items").stream()
        .map(i -> ((JsonObject) i).getString("symbol")).toList();
  }
}
