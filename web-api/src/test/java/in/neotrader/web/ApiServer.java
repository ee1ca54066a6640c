package in.neotrader.web;

import in.neotrader.sql.testing.TestDatabase;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** The real server on a free port and a fresh test database, with a small HTTP client speaking its JSON. */
public final class ApiServer implements AutoCloseable {
  public static final String ADMIN_EMAIL = "admin@example.com";
  public static final String ADMIN_PASSWORD = "quiet-ledger-7431";
  public static final String CREDENTIALS_KEY = Base64.getEncoder().encodeToString(new byte[32]);

  public final Vertx vertx;
  public final TradingServer server;
  public final TestDatabase database;

  private ApiServer(Vertx vertx, TradingServer server, TestDatabase database) {
    this.vertx = vertx;
    this.server = server;
    this.database = database;
  }

  public static ApiServer start() {
    return start(new JsonObject());
  }

  public static ApiServer start(JsonObject overrides) {
    return start(TestDatabase.create(), overrides);
  }

  /**
   * Vert.x built the way Main builds it (metrics, and a cluster when the overrides say CLUSTER=true), so the
   * tests see what operators get; several nodes of one cluster share one database.
   */
  public static ApiServer start(TestDatabase database, JsonObject overrides) {
    try {
      Path dataDir = Files.createTempDirectory("api-test");
      JsonObject config = new JsonObject().put("DATA_DIR", dataDir.toString()).put("DB_URL", database.url())
          .put("HTTP_HOST", "127.0.0.1").put("HTTP_PORT", 0).put("EMBEDDED_PG_PORT", 0).put("MARKET_DATA_INGEST", false)
          .put("JWT_SECRET", "test-jwt-secret-that-is-long-enough-0123456789")
          .put("CREDENTIALS_KEY", CREDENTIALS_KEY).put("CREDENTIALS_KEY_ID", "test-1")
          .put("ADMIN_EMAIL", ADMIN_EMAIL).put("ADMIN_PASSWORD", ADMIN_PASSWORD).mergeIn(overrides);
      TradingServer server = Await.result(TradingServer.launch(config));
      return new ApiServer(server.vertx(), server, database);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public String base() {
    return "http://127.0.0.1:" + server.httpPort();
  }

  public ApiClient.Session signUp() {
    return client().signUp();
  }

  public ApiClient.Session admin() {
    return client().logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  public ApiClient.Reply send(String method, String path, String token, String body) {
    return client().send(method, path, token, body);
  }

  public ApiClient.Reply get(String path, String token) {
    return client().get(path, token);
  }

  public ApiClient client() {
    return new ApiClient(base());
  }

  @Override
  public void close() {
    // Separately: a callback after vertx.close() would go to an event loop that is gone.
    Await.result(server.stop());
    Await.result(vertx.close());
  }
}
