package in.neotrader.web;

import in.neotrader.sql.testing.TestDatabase;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/** The real server on a free port and a fresh test database, with a small HTTP client speaking its JSON. */
public final class ApiServer implements AutoCloseable {
  public static final String ADMIN_EMAIL = "admin@example.com";
  public static final String ADMIN_PASSWORD = "admin-password-1";
  public static final String CREDENTIALS_KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final AtomicInteger EMAILS = new AtomicInteger();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public final Vertx vertx;
  public final TradingServer server;
  public final TestDatabase database;

  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonObject json() {
      return new JsonObject(body);
    }
  }

  public record Session(long userId, String accessToken, String refreshToken) {
  }

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

  public Session signUp() {
    String email = "trader" + EMAILS.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
    Reply reply = send("POST", "/api/v1/auth/signup", null,
        new JsonObject().put("email", email).put("password", "long-enough-password").encode());
    if (reply.status() != 201) {
      throw new IllegalStateException("signup failed: " + reply);
    }
    return session(reply.json());
  }

  public Session admin() {
    Reply reply = send("POST", "/api/v1/auth/login", null,
        new JsonObject().put("email", ADMIN_EMAIL).put("password", ADMIN_PASSWORD).encode());
    if (reply.status() != 200) {
      throw new IllegalStateException("admin login failed: " + reply);
    }
    return session(reply.json());
  }

  public static Session session(JsonObject body) {
    return new Session(body.getJsonObject("user").getLong("id"), body.getString("accessToken"),
        body.getString("refreshToken"));
  }

  public Reply send(String method, String path, String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response.headers());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply get(String path, String token) {
    return send("GET", path, token, null);
  }

  @Override
  public void close() {
    // Separately: a callback after vertx.close() would go to an event loop that is gone.
    Await.result(server.stop());
    Await.result(vertx.close());
  }
}
