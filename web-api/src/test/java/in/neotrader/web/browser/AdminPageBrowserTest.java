package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The admin page is for admins: a trader has no link to it, and opening it directly is refused by the server. */
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
  }
}
