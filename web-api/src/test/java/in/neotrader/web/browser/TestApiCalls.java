package in.neotrader.web.browser;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Direct API calls a test makes to check what the server holds, independently of the page. */
final class TestApiCalls {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final String baseUrl;

  TestApiCalls(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  JsonObject get(String path, String accessToken) {
    return send("GET", path, accessToken, null);
  }

  JsonObject post(String path, String accessToken, JsonObject body) {
    return send("POST", path, accessToken, body);
  }

  JsonObject put(String path, String accessToken, JsonObject body) {
    return send("PUT", path, accessToken, body);
  }

  /** The JSON answer, with the status under "_status" so error answers can be inspected too. */
  private JsonObject send(String method, String path, String accessToken, JsonObject body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()))
        .header("Content-Type", "application/json");
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonObject json = response.body().isBlank() ? new JsonObject() : new JsonObject(response.body());
      return json.put("_status", response.statusCode());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
