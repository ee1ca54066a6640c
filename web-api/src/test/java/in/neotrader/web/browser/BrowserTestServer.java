package in.neotrader.web.browser;

import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.web.Await;
import in.neotrader.web.TradingServer;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The real trading server on its own test database, a free port and a fast simulated clock. */
final class BrowserTestServer implements AutoCloseable {
  /** Monday 3 March 2025, 15:55 IST, at 600 simulated seconds per second: analysis (16:00) and buy_orders (16:05) within a second or two. */
  static final String FAST_CLOCK = "simulated:600@2025-03-03T15:55";

  private final Vertx vertx;
  private final TradingServer server;

  private BrowserTestServer(Vertx vertx, TradingServer server) {
    this.vertx = vertx;
    this.server = server;
  }

  static BrowserTestServer start() {
    Chrome.requireBrowser();
    try {
      Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "browser-server")), "data");
      Path conf = dir.resolve("browser-test.yaml");
      Files.writeString(conf, "HTTP_PORT: 0\nDB_URL: " + TestDatabase.create().url() + "\nDATA_DIR: " + dir.toAbsolutePath()
          + "\nCLOCK: \"" + FAST_CLOCK + "\"\nDEMO: false\n");
      Vertx vertx = Vertx.vertx();
      return new BrowserTestServer(vertx, Await.result(TradingServer.start(vertx, Optional.of(conf))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.httpPort();
  }

  /** The API answer for a user's login, read by the test itself (not through the browser). */
  JsonObject login(String email, String password) {
    return new TestApiCalls(url()).post("/api/v1/auth/login", null,
        new JsonObject().put("email", email).put("password", password));
  }

  @Override
  public void close() {
    Await.result(server.stop().eventually(vertx::close));
  }
}
