package in.neotrader.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.CuttableProxy;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.CapturedLogs;
import in.neotrader.web.Eventually;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** While PostgreSQL cannot be reached the API answered 500 with a logged stack trace; it is a 503 to retry. */
class DatabaseOutageApiTest {

  @Test
  void whileTheDatabaseIsUnreachableTheApiAnswers503WithRetryAfterAndRecoversAfterwards() {
    TestDatabase database = TestDatabase.create();
    Vertx proxyVertx = Vertx.vertx();
    try (CuttableProxy proxy = CuttableProxy.start(proxyVertx, database.port());
        ApiServer api = ApiServer.start(database, new JsonObject().put("DB_URL",
            database.url().replace(":" + database.port() + "/", ":" + proxy.port() + "/")))) {
      ApiClient.Session trader = api.signUp();
      assertThat(api.get("/api/v1/user/orders", trader.accessToken()).status()).isEqualTo(200);

      proxy.cut();
      try (CapturedLogs logs = CapturedLogs.attach()) {
        for (String path : new String[] {"/api/v1/user/orders", "/api/v1/user/positions", "/api/v1/user/service/status"}) {
          ApiClient.Reply reply = api.get(path, trader.accessToken());
          assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(503);
          assertThat(reply.json().getString("error")).isEqualTo("database_unavailable");
          assertThat(reply.headers().firstValue("retry-after")).hasValue("5");
        }
        ApiClient.Reply login = api.send("POST", "/api/v1/auth/login", null, new JsonObject()
            .put("email", "nobody@example.com").put("password", "long-enough-password").encode());
        assertThat(login.status()).as(login.body()).isEqualTo(503);
        assertThat(logs.all()).contains("Database unavailable on GET /api/v1/user/orders")
            .doesNotContain("Unexpected failure");
      }

      proxy.restore();
      Eventually.until(() -> api.get("/api/v1/user/orders", trader.accessToken()).status(), status -> status == 200,
          Duration.ofSeconds(20));
    } finally {
      in.neotrader.web.Await.result(proxyVertx.close());
    }
  }
}
