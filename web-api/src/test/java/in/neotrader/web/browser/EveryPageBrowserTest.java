package in.neotrader.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page with a trader's data on it (the admin page as an admin), at 1280 and 390 px: what it shows is what the
 * API answers, a screenshot of each is kept under target/screenshots, and axe-core finds no serious or critical
 * accessibility violation on it (in the OS's dark mode too, at 1280 px), nor in the exit dialog.
 */
class EveryPageBrowserTest {
  private static final String EMAIL = "rohan.das@example.in";
  private static final String PASSWORD = "correct horse battery";
  private static ApiServer server;
  private static Chrome trader;
  private static Chrome admin;
  private static String token;
  private static String adminToken;

  @BeforeAll
  static void start() {
    server = BrowserTestServer.start();
    trader = Chrome.open("every-page");
    new TradingPages(trader, server.base()).signUp(EMAIL, PASSWORD, "Rohan Das");
    JsonObject login = BrowserTestServer.login(server, EMAIL, PASSWORD);
    token = login.getString("accessToken");
    TraderData.seed(server, login.getJsonObject("user").getLong("id"));
    admin = Chrome.open("every-page-admin");
    new TradingPages(admin, server.base()).logIn(ApiServer.ADMIN_EMAIL, ApiServer.ADMIN_PASSWORD);
    adminToken = BrowserTestServer.login(server, ApiServer.ADMIN_EMAIL, ApiServer.ADMIN_PASSWORD).getString("accessToken");
  }

  @AfterAll
  static void stop() {
    if (trader != null) trader.close();
    if (admin != null) admin.close();
    if (server != null) server.close();
  }

  /** A page, and how to tell it shows the API's data. */
  record Page(String address, boolean asAdmin, Consumer<TradingPages> showsTheApisData) {
    @Override
    public String toString() {
      return address;
    }
  }

  static Stream<Arguments> pagesAtBothWidths() {
    List<Page> pages = List.of(
        new Page("dashboard", false, p -> p.wait.until(ExpectedConditions.textToBe(
            By.cssSelector(".account-summary .open-positions"), String.valueOf(api("/account/summary")
                .getInteger("openPositions"))))),
        new Page("tasks", false, p -> p.wait.until(d -> runsShown(p) == api("/service/tasks").getInteger("total"))),
        new Page("logs", false, p -> rowsAre(p, "logs", api("/service/logs").getInteger("total"))),
        new Page("orders", false, p -> rowsAre(p, "orders", api("/orders").getInteger("total"))),
        new Page("portfolio", false, p -> rowsAre(p, "positions", api("/positions").getJsonArray("items").size())),
        new Page("signals", false, p -> rowsAre(p, "signals", api("/signals").getJsonArray("items").size())),
        new Page("chart?symbol=SBIN", false, p -> p.wait.until(d -> d.findElements(By.cssSelector("symbol-chart g.candle"))
            .size() == api("/chart/SBIN").getJsonArray("candles").size())),
        new Page("backtest", false, p -> p.wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("form.backtest #backtest-symbols")))),
        new Page("settings", false, p -> p.wait.until(ExpectedConditions.attributeToBe(By.name("default_target_pct"),
            "value", String.valueOf(Math.round(api("/trading-config").getDouble("default_target_pct") * 100))))),
        new Page("security", false, p -> rowsAre(p, "sessions", api("/sessions").getJsonArray("items").size())),
        new Page("admin", true, p -> rowsAre(p, "admin-users", server.get("/api/v1/admin/users", adminToken).json()
            .getJsonArray("items").size())));
    return pages.stream().flatMap(page -> Stream.of(Arguments.of(page, 1280, "light"), Arguments.of(page, 390, "light"),
        Arguments.of(page, 1280, "dark")));
  }

  @ParameterizedTest(name = "{0} at {1} px, {2}")
  @MethodSource("pagesAtBothWidths")
  void thePageShowsTheApisDataAndHasNoSeriousAccessibilityViolation(Page page, int width, String scheme) {
    Chrome chrome = page.asAdmin() ? admin : trader;
    TradingPages pages = new TradingPages(chrome, server.base());
    chrome.resize(width, width > 800 ? 900 : 844);
    chrome.colorScheme(scheme);
    try {
      pages.openByAddress(page.address());
      page.showsTheApisData().accept(pages);
      chrome.screenshot(page.address().replaceAll("[?=]", "-") + "-" + width + ("dark".equals(scheme) ? "-dark" : ""));
      assertThat(Accessibility.seriousViolations(chrome)).as(page.address() + " at " + width + " px, " + scheme)
          .isEmpty();
    } finally {
      chrome.colorScheme("light");
    }
  }

  @ParameterizedTest(name = "the exit dialog at {0} px")
  @ValueSource(ints = {1280, 390})
  void theExitDialogHasNoSeriousAccessibilityViolation(int width) {
    TradingPages pages = new TradingPages(trader, server.base());
    trader.resize(width, width > 800 ? 900 : 844);
    pages.openByAddress("portfolio");
    pages.waitForRows("positions", TradingPages.UI_WAIT);
    pages.rows("positions").get(0).findElement(By.cssSelector("button.exit-position")).click();
    pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("exit-position-form dialog[open]")));
    trader.screenshot("portfolio-exit-dialog-" + width);
    try {
      assertThat(Accessibility.seriousViolations(trader)).isEmpty();
    } finally {
      trader.driver.findElement(By.cssSelector("exit-position-form dialog[open] button.confirm-no")).click();
    }
  }

  @org.junit.jupiter.api.Test
  void theCheckFindsAnImageWithoutItsTextAndAnUnlabelledField() {
    TradingPages pages = new TradingPages(trader, server.base());
    pages.openByAddress("signals");
    trader.driver.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
        + " '<img src=\"/favicon.png\"><input type=\"text\">');");
    try {
      assertThat(Accessibility.seriousViolations(trader).stream().map(v -> ((JsonObject) v).getString("id")))
          .contains("image-alt", "label");
    } finally {
      trader.driver.navigate().refresh();
    }
  }

  private static JsonObject api(String path) {
    return server.get("/api/v1/user" + path, token).json();
  }

  private static void rowsAre(TradingPages pages, String table, int expected) {
    assertThat(expected).as("rows of " + table + " in the API").isPositive();
    pages.wait.until(d -> pages.rows(table).size() == expected);
  }

  private static int runsShown(TradingPages pages) {
    return pages.rows("task-history").stream()
        .mapToInt(r -> Integer.parseInt(r.findElement(By.cssSelector("td[data-label=Runs]")).getText())).sum();
  }
}
