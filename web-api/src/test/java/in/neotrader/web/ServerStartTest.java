package in.neotrader.web;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerStartTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static TradingServer server;

  @BeforeAll
  static void startServerOnTheTestDatabase(@TempDir Path dir) throws Exception {
    Path conf = dir.resolve("test.yaml");
    Files.writeString(conf, "HTTP_PORT: 0\nDB_URL: " + TestDatabase.create().url() + "\nDATA_DIR: " + dir
        + "\nJWT_SECRET: test-jwt-secret-that-is-long-enough-0123456789\nCREDENTIALS_KEY: " + ApiServer.CREDENTIALS_KEY
        + "\nCREDENTIALS_KEY_ID: t1\n"
        // The daily ingest runs as shipped, pointed at a closed loopback port: no traffic leaves this host.
        + "NSE_ARCHIVES_URL: http://127.0.0.1:9\nNSE_ARCHIVES_LEGACY_URL: http://127.0.0.1:9\n");
    // The path Main takes: read the --conf file, build Vert.x as operators run it, start.
    server = Await.result(TradingServer.launch(Optional.of(conf)));
  }

  @AfterAll
  static void stop() {
    // Two steps: a listener chained after vertx.close() would run on an event loop that no longer exists.
    Await.result(server.stop());
    Await.result(server.vertx().close());
  }

  @Test
  void healthReportsTheDatabaseUpAndTheVersion() throws Exception {
    HttpResponse<String> response = get("/health");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = new JsonObject(response.body());
    assertThat(body.getString("db")).isEqualTo("UP");
    assertThat(body.getString("version")).isNotBlank();
  }

  @Test
  void readyReportsMigrationsApplied() throws Exception {
    HttpResponse<String> response = get("/ready");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new JsonObject(response.body()).getString("migrations")).isEqualTo("APPLIED");
  }

  @Test
  void theConfFileOverridesTheDefaults() {
    assertThat(server.httpPort()).isNotEqualTo(8080);
    assertThat(server.database().embedded()).isFalse();
  }

  @Test
  void theUiIsServedAtTheRoot() throws Exception {
    HttpResponse<String> response = get("/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<html");
  }

  @Test
  void anUnknownRouteAnswersTheErrorContract() throws Exception {
    HttpResponse<String> response = get("/no/such/thing");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(new JsonObject(response.body()).getString("error")).isEqualTo("not_found");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
