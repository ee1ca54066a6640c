package in.neotrader.web.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** A real headless Chromium from Debian's packages, driven by its own chromedriver (no Selenium Manager). */
final class Chrome implements AutoCloseable {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final ChromeDriverService service;

  private Chrome(ChromeDriverService service, ChromeDriver driver) {
    this.service = service;
    this.driver = driver;
  }

  /** Skips the test when Chromium is missing on a developer machine; in CI a missing browser fails it. */
  static void requireBrowser() {
    if (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute()) {
      return;
    }
    String message = "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver "
        + "(apt-get install -y chromium chromium-driver)";
    if (System.getenv("CI") != null) {
      fail(message + ", and CI is set");
    }
    Assumptions.abort(message + "; skipped because CI is unset");
  }

  /** A fresh browser with its own profile (so its own localStorage) under target/. */
  static Chrome open(String profileName) {
    requireBrowser();
    try {
      Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "chrome-profiles")), profileName);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
          .usingAnyFreePort().build();
      ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
          "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-extensions",
          "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath());
      options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      Chrome chrome = new Chrome(service, driver);
      chrome.resize(1280, 900);
      return chrome;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * From the next page load on, keeps every event-bus frame the page receives in window.__busFrames
   * (whatever SockJS transport is used), so a test can see what reached this browser, and in window.__busUrls
   * the addresses the sockets were opened with.
   */
  void recordEventBusFrames() {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", String.join("\n",
        "window.__busFrames = [];",
        "window.__busUrls = [];",
        "let sockJs;",
        "Object.defineProperty(window, 'SockJS', { configurable: true, get: () => sockJs, set: (v) => {",
        "  const dispatch = v.prototype.dispatchEvent;",
        "  v.prototype.dispatchEvent = function (e) {",
        "    if (!window.__busUrls.includes(this.url)) window.__busUrls.push(this.url);",
        "    if (e.type === 'message') window.__busFrames.push(JSON.parse(e.data));",
        "    return dispatch.apply(this, arguments);",
        "  };",
        "  sockJs = v;",
        "} });")));
  }

  /** The frames recorded by {@link #recordEventBusFrames()}, as JSON text. */
  List<String> eventBusFrames() {
    Object frames = driver.executeScript("return (window.__busFrames || []).map(f => JSON.stringify(f));");
    return ((List<?>) frames).stream().map(String::valueOf).toList();
  }

  /** The URLs the page's event-bus sockets were opened with (see {@link #recordEventBusFrames()}). */
  List<String> eventBusUrls() {
    Object urls = driver.executeScript("return window.__busUrls || [];");
    return ((List<?>) urls).stream().map(String::valueOf).toList();
  }

  /** The page's console output so far (printed by tests when something is not as expected). */
  String consoleLog() {
    return String.join("\n", driver.manage().logs().get("browser").getAll().stream().map(String::valueOf).toList());
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** As if the OS were set to {@code scheme} ("light" or "dark"): the page's prefers-color-scheme follows it. */
  void colorScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Saves what the browser shows as target/screenshots/<name>.png. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    service.stop();
  }
}
