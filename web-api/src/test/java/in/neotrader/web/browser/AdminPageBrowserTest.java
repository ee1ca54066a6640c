package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin page is for admins: a trader has no link to it, and opening it directly is refused by the server; an
 * admin sees the users with their services and the market-data sources with their state.
 */
class AdminPageBrowserTest {
  private static ApiServer server;
  private static Chrome chrome;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    chrome = Chrome.open("trader");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) chrome.close();
    if (server != null) server.close();
  }

  @Test
  void theAdminPageIsRefusedToATrader() {
    TradingPages pages = new TradingPages(chrome, server.base());
    pages.signUp("kiran@example.in", "correct horse battery", "Kiran");
    assertThat(chrome.driver.findElements(By.linkText("Admin"))).isEmpty();

    pages.openByAddress("admin");
    String refusal = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("admin-page .refused"))).getText();
    assertThat(refusal).contains("Admins only");
    assertThat(chrome.driver.findElements(By.cssSelector("paged-table.admin-users"))).isEmpty();
    chrome.screenshot("admin-refused-1280");
    pages.logOut();
  }

  @Test
  void anAdminSeesTheUsersAndTheMarketDataSources() {
    server.signUp();
    server.database.execute("INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, source)"
        + " VALUES ('SBIN', '2026-12-04', 600, 610, 595, 605, 1000, 'bhavcopy') ON CONFLICT DO NOTHING");
    server.database.execute("INSERT INTO market_data_sources (source, last_day, last_success_at, last_attempt_at,"
        + " last_error, error_count) VALUES ('nse-bhavcopy', '2026-12-04', now() - interval '3 hours', now(),"
        + " 'HTTP 503 from the archives', 2) ON CONFLICT (source) DO NOTHING");
    TradingPages pages = new TradingPages(chrome, server.base());
    pages.logIn(ApiServer.ADMIN_EMAIL, ApiServer.ADMIN_PASSWORD);
    pages.openFromMenu("Admin");

    pages.waitForRows("admin-users", TradingPages.UI_WAIT);
    assertThat(pages.rows("admin-users")).as("the admin and the trader").hasSizeGreaterThanOrEqualTo(2);
    assertThat(chrome.driver.findElement(By.cssSelector("paged-table.admin-users")).getText())
        .contains(ApiServer.ADMIN_EMAIL).contains("Stopped");
    String sources = pages.wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("market-data-sources table"))).getText();
    assertThat(sources).contains("nse-bhavcopy").contains("2026-12-04").contains("3 h ago")
        .contains("HTTP 503 from the archives");
    assertThat(chrome.driver.findElement(By.cssSelector("market-data-sources .prices-as-of")).getText())
        .contains("Prices as of 2026-12-04");
    chrome.screenshot("admin-market-data-1280");
    pages.logOut();
  }
}
