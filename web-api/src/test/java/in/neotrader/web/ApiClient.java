package in.neotrader.web;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** A small HTTP client speaking the API's JSON to a server at {@code base}, in this JVM or a started jar. */
public final class ApiClient {
  private static final AtomicInteger EMAILS = new AtomicInteger();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;

  public ApiClient(String base) {
    this.base = base;
  }

  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonObject json() {
      return new JsonObject(body);
    }
  }

  public record Session(long userId, String accessToken, String refreshToken) {
    public static Session of(JsonObject body) {
      return new Session(body.getJsonObject("user").getLong("id"), body.getString("accessToken"),
          body.getString("refreshToken"));
    }
  }

  /** A new trader with a unique e-mail address, signed up and logged in. */
  public Session signUp() {
    String email = "trader" + EMAILS.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
    Reply reply = send("POST", "/api/v1/auth/signup", null,
        new JsonObject().put("email", email).put("password", "long-enough-password").encode());
    if (reply.status() != 201) {
      throw new IllegalStateException("signup failed: " + reply);
    }
    return Session.of(reply.json());
  }

  public Session logIn(String email, String password) {
    Reply reply = send("POST", "/api/v1/auth/login", null,
        new JsonObject().put("email", email).put("password", password).encode());
    if (reply.status() != 200) {
      throw new IllegalStateException("login of " + email + " failed: " + reply);
    }
    return Session.of(reply.json());
  }

  public Reply send(String method, String path, String token, String body) {
    return send(method, path, token, body, java.util.Map.of());
  }

  /** The same, with extra request headers (a Cookie, say). */
  public Reply send(String method, String path, String token, String body, java.util.Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
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
}
