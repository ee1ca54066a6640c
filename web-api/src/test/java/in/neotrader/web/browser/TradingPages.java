package in.neotrader.web.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a trader does in the UI, as the tests say it: sign up, open a page, start the service, ... */
final class TradingPages {
  static final Duration UI_WAIT = Duration.ofSeconds(20);
  /**
   * Long enough for the simulated clock (600x: a day is 144 s) to reach the next 16:05 buy run even when a
   * slow start has carried it past today's, plus the engine's time to place the orders.
   */
  static final Duration ENGINE_WAIT = Duration.ofSeconds(240);

  private final Chrome chrome;
  private final String baseUrl;
  final WebDriverWait wait;

  TradingPages(Chrome chrome, String baseUrl) {
    this.chrome = chrome;
    this.baseUrl = baseUrl;
    this.wait = new WebDriverWait(chrome.driver, UI_WAIT);
  }

  WebDriverWait waitUpTo(Duration duration) {
    return new WebDriverWait(chrome.driver, duration);
  }

  void signUp(String email, String password, String name) {
    chrome.driver.get(baseUrl + "/");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Create an account']"))).click();
    fillSignIn(email, password);
    chrome.driver.findElement(By.name("displayName")).sendKeys(name);
    chrome.driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
    waitForSignedIn();
  }

  void logIn(String email, String password) {
    chrome.driver.get(baseUrl + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.sign-in")));
    fillSignIn(email, password);
    chrome.driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
    waitForSignedIn();
  }

  void logOut() {
    chrome.driver.findElement(By.cssSelector("button.logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.sign-in")));
  }

  private void fillSignIn(String email, String password) {
    WebElement emailField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("email")));
    emailField.sendKeys(email);
    chrome.driver.findElement(By.name("password")).sendKeys(password);
  }

  /** The header is there once signed in (at 390 px its navigation hides behind the menu button). */
  private void waitForSignedIn() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header.app-header .account")));
  }

  /** Follows the main navigation link (a client-side route change, never a page load). */
  void openFromMenu(String label) {
    if (!chrome.driver.findElements(By.cssSelector("button.menu-toggle")).stream().filter(WebElement::isDisplayed).toList().isEmpty()) {
      chrome.driver.findElement(By.cssSelector("button.menu-toggle")).click();
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(label))).click();
  }

  /** Opens a page by its address, as a bookmarked link would. */
  void openByAddress(String page) {
    chrome.driver.get(baseUrl + "/#/" + page);
    waitForSignedIn();
  }

  void waitUntilLive() {
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("live-indicator .live-indicator"), "data-state", "open"));
  }

  /** Clicks the confirm-button of the given class, then "Yes" in its dialog. */
  void confirm(String buttonClass) {
    confirm(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("confirm-button." + buttonClass))));
  }

  /** As {@link #confirm(String)}, for the confirm-button of the given class inside {@code scope} (a table row). */
  void confirm(WebElement scope, String buttonClass) {
    confirm(scope.findElement(By.cssSelector("confirm-button." + buttonClass)));
  }

  private void confirm(WebElement host) {
    wait.until(ExpectedConditions.elementToBeClickable(host.findElement(By.cssSelector(":scope > button")))).click();
    wait.until(ExpectedConditions.elementToBeClickable(host.findElement(By.cssSelector("dialog button.confirm-yes")))).click();
  }

  String serviceState() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".service-state"))).getText();
  }

  void waitForServiceState(String state) {
    wait.until(ExpectedConditions.textToBe(By.cssSelector("service-dashboard .service-state"), state));
  }

  /** The data rows (not the empty-state row) of a paged table. */
  List<WebElement> rows(String tableClass) {
    return chrome.driver.findElements(By.cssSelector("paged-table." + tableClass + " tbody tr[data-id]"));
  }

  void waitForEmptyState(String tableClass) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("paged-table." + tableClass + " td.empty-state")));
  }

  void waitForRows(String tableClass, Duration upTo) {
    waitUpTo(upTo).until(d -> !rows(tableClass).isEmpty());
  }

  /** Marks this page load; {@link #stillSamePageLoad()} is false after any reload or navigation away. */
  void markPageLoad() {
    chrome.driver.executeScript("window.__samePageLoad = true;");
  }

  boolean stillSamePageLoad() {
    return Boolean.TRUE.equals(chrome.driver.executeScript("return window.__samePageLoad === true;"));
  }
}
