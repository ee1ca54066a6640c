package in.neotrader.web.browser;

import io.vertx.core.json.JsonArray;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * axe-core run in the page the browser shows (the script shipped in Deque's axe-core Selenium jar, injected by the
 * test, never served by the application): the serious and critical violations, each with the elements it found.
 */
final class Accessibility {
  private static final String AXE = load();

  private Accessibility() {
  }

  /** {@code [{id, impact, help, nodes: [selector...]}]} of the serious and critical violations on the page now. */
  static JsonArray seriousViolations(Chrome chrome) {
    chrome.driver.executeScript("if (!window.axe) { " + AXE + "\n}");
    Object found = chrome.driver.executeAsyncScript(String.join("\n",
        "const done = arguments[arguments.length - 1];",
        "axe.run(document, { resultTypes: ['violations'] }).then((r) => done(JSON.stringify(r.violations",
        "  .filter((v) => v.impact === 'serious' || v.impact === 'critical')",
        "  .map((v) => ({ id: v.id, impact: v.impact, help: v.help,",
        "    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ': ' + (n.failureSummary || '')) }))))",
        "  , (e) => done(JSON.stringify([{ id: 'axe-error', help: String(e) }])));"));
    return new JsonArray(String.valueOf(found));
  }

  private static String load() {
    try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
