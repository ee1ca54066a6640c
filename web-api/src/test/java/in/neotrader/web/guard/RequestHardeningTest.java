package in.neotrader.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.CapturedLogs;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Defects found by trying the API as a fuzzer would: a NUL character, a wrong method, a multipart upload, and
 * the browser headers every answer should carry.
 */
class RequestHardeningTest {
  static ApiServer api;
  static ApiClient.Session trader;

  @BeforeAll
  static void start() {
    api = ApiServer.start();
    trader = api.signUp();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aNulCharacterAnywhereIsA400NamingWhereAndNeverA500() {
    try (CapturedLogs logs = CapturedLogs.attach()) {
      ApiClient.Reply login = api.send("POST", "/api/v1/auth/login", null,
          new JsonObject().put("email", "a\u0000@example.com").put("password", "long-enough-password").encode());
      assertThat(login.status()).as(login.body()).isEqualTo(400);
      assertThat(login.json().getJsonObject("fields").getString("body.email")).contains("NUL");
      ApiClient.Reply watch = api.send("PUT", "/api/v1/user/watchlist", trader.accessToken(),
          new JsonObject().put("symbols", new io.vertx.core.json.JsonArray().add("SB\u0000IN")).encode());
      assertThat(watch.status()).as(watch.body()).isEqualTo(400);
      assertThat(watch.json().getJsonObject("fields").fieldNames()).containsExactly("body.symbols[0]");
      for (String query : List.of("/api/v1/user/orders?symbol=%00", "/api/v1/user/service/logs?task=a%00b",
          "/api/v1/user/signals?day%00=1")) {
        ApiClient.Reply reply = api.get(query, trader.accessToken());
        assertThat(reply.status()).as(query + " " + reply.body()).isEqualTo(400);
        assertThat(reply.json().getString("error")).isEqualTo("validation_failed");
      }
      assertThat(api.get("/api/v1/user/watchlist/%00", trader.accessToken()).status()).isEqualTo(400);
      assertThat(logs.all()).doesNotContain("Unexpected failure").doesNotContain("invalid byte sequence");
    }
  }

  @Test
  void aWrongMethodOnARouteIs405AndAnUnknownPath404() {
    for (String[] call : List.of(new String[] {"POST", "/api/v1/user/orders"},
        new String[] {"DELETE", "/api/v1/auth/login"}, new String[] {"PATCH", "/api/v1/user/trading-config"})) {
      ApiClient.Reply reply = api.send(call[0], call[1], trader.accessToken(), "{}");
      assertThat(reply.status()).as(call[0] + " " + call[1] + " " + reply.body()).isEqualTo(405);
      assertThat(reply.json().getString("error")).isEqualTo("method_not_allowed");
    }
    ApiClient.Reply unknown = api.send("POST", "/api/v1/user/no-such-thing", trader.accessToken(), "{}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().getString("error")).isEqualTo("not_found");
    assertThat(api.send("POST", "/index.html", null, "{}").status()).as("pages are read-only").isEqualTo(405);
  }

  @Test
  void aMultipartUploadLeavesNoFileOnTheServer() throws Exception {
    Path uploads = Path.of("file-uploads");
    long before = Files.exists(uploads) ? Files.list(uploads).count() : 0;
    String boundary = "----neotrader-test";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.bin\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + "A".repeat(4096) + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base()
        + "/api/v1/auth/login")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(415);
    long after = Files.exists(uploads) ? Files.list(uploads).count() : 0;
    assertThat(after).as("files kept in ./file-uploads").isEqualTo(before);
  }

  @Test
  void everyAnswerCarriesTheBrowserSecurityHeaders() {
    for (String path : List.of("/", "/index.html", "/api/v1/user/me", "/health", "/no-such-page")) {
      ApiClient.Reply reply = api.get(path, trader.accessToken());
      String csp = reply.headers().firstValue("content-security-policy").orElse("");
      String scripts = csp.replaceFirst(".*script-src ([^;]*);.*", "$1");
      assertThat(csp).as(path).contains("frame-ancestors 'none'").contains("object-src 'none'");
      assertThat(scripts).as(path).startsWith("'self' 'sha256-").doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
      assertThat(reply.headers().firstValue("x-content-type-options")).as(path).contains("nosniff");
      assertThat(reply.headers().firstValue("referrer-policy")).as(path).contains("no-referrer");
      assertThat(reply.headers().firstValue("x-frame-options")).as(path).contains("DENY");
    }
  }
}
