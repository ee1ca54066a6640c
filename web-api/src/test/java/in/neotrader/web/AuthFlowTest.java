package in.neotrader.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-up, login, refresh rotation with reuse detection, logout, throttling, disabling. */
class AuthFlowTest {
  static ApiServer api;

  @BeforeAll
  static void start() {
    api = ApiServer.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static ApiClient.Reply post(String path, JsonObject body) {
    return api.send("POST", path, null, body.encode());
  }

  /** The browser's refresh token sat in localStorage, readable by any script of the page: now it is a cookie. */
  @Test
  void theRefreshTokenIsAnHttpOnlyStrictCookieThatRefreshesAndLogsOutWithoutABodyToken() {
    ApiClient.Reply login = signUpForCookie();
    String cookie = login.headers().firstValue("set-cookie").orElseThrow();
    assertThat(cookie).startsWith("neotrader_refresh=" + login.json().getString("refreshToken") + ";")
        .containsIgnoringCase("; HttpOnly").contains("; Secure").contains("SameSite=Strict").contains("Path=/api/v1/auth")
        .contains("Max-Age=2592000");

    ApiClient.Reply refreshed = api.client().send("POST", "/api/v1/auth/refresh", null, "{}", Map.of("Cookie", pair(cookie)));
    assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
    String rotated = refreshed.headers().firstValue("set-cookie").orElseThrow();
    assertThat(pair(rotated)).isEqualTo("neotrader_refresh=" + refreshed.json().getString("refreshToken"));

    ApiClient.Reply reused = api.client().send("POST", "/api/v1/auth/refresh", null, "{}", Map.of("Cookie", pair(cookie)));
    assertThat(reused.status()).isEqualTo(401);
    assertThat(reused.headers().firstValue("set-cookie").orElseThrow()).contains("Max-Age=0");

    ApiClient.Reply none = api.send("POST", "/api/v1/auth/refresh", null, "{}");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().getJsonObject("fields").getString("refreshToken")).contains("cookie");

    String otherCookie = pair(signUpForCookie().headers().firstValue("set-cookie").orElseThrow());
    ApiClient.Reply logout = api.client().send("POST", "/api/v1/auth/logout", null, "{}", Map.of("Cookie", otherCookie));
    assertThat(logout.status()).isEqualTo(204);
    assertThat(logout.headers().firstValue("set-cookie").orElseThrow()).contains("Max-Age=0");
    assertThat(api.client().send("POST", "/api/v1/auth/refresh", null, "{}", Map.of("Cookie", otherCookie)).status())
        .as("logged out").isEqualTo(401);
  }

  private static ApiClient.Reply signUpForCookie() {
    ApiClient.Reply reply = post("/api/v1/auth/signup", new JsonObject().put("email", "cookie-" + System.nanoTime()
        + "@example.com").put("password", "long-enough-password"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply;
  }

  private static String pair(String setCookie) {
    return setCookie.split(";", 2)[0];
  }

  @Test
  void aRefreshTokenRotatesAndItsReuseRevokesTheFamily() {
    ApiClient.Session first = api.signUp();
    ApiClient.Reply refreshed = post("/api/v1/auth/refresh", new JsonObject().put("refreshToken", first.refreshToken()));
    assertThat(refreshed.status()).isEqualTo(200);
    String second = refreshed.json().getString("refreshToken");
    assertThat(second).isNotEqualTo(first.refreshToken());

    ApiClient.Reply reused = post("/api/v1/auth/refresh", new JsonObject().put("refreshToken", first.refreshToken()));
    assertThat(reused.status()).isEqualTo(401);
    assertThat(reused.json().getString("error")).isEqualTo("token_reused");
    assertThat(post("/api/v1/auth/refresh", new JsonObject().put("refreshToken", second)).status()).isEqualTo(401);
  }

  @Test
  void logoutEndsTheRefreshFamily() {
    ApiClient.Session session = api.signUp();
    assertThat(post("/api/v1/auth/logout", new JsonObject().put("refreshToken", session.refreshToken())).status())
        .isEqualTo(204);
    assertThat(post("/api/v1/auth/refresh", new JsonObject().put("refreshToken", session.refreshToken())).status())
        .isEqualTo(401);
  }

  @Test
  void aTakenEmailIs409AndAShortPassword400() {
    assertThat(post("/api/v1/auth/signup", new JsonObject().put("email", ApiServer.ADMIN_EMAIL)
        .put("password", "long-enough-password")).json().getString("error")).isEqualTo("email_taken");
    ApiClient.Reply shortPassword = post("/api/v1/auth/signup", new JsonObject().put("email", "x@example.com")
        .put("password", "short"));
    assertThat(shortPassword.status()).isEqualTo(400);
    assertThat(shortPassword.json().getJsonObject("fields").getString("password")).contains("10");
  }

  @Test
  void aCommonPasswordOrOneBuiltOnTheEmailNameIsRefused() {
    for (String common : new String[] {"qwertyuiop", "Password123", "1q2w3e4r5t"}) {
      ApiClient.Reply refused = post("/api/v1/auth/signup", new JsonObject().put("email", "c" + System.nanoTime()
          + "@example.com").put("password", common));
      assertThat(refused.status()).as(common).isEqualTo(400);
      assertThat(refused.json().getJsonObject("fields").getString("password")).contains("most common");
    }
    ApiClient.Reply ownName = post("/api/v1/auth/signup", new JsonObject().put("email", "priyanka@example.in")
        .put("password", "Priyanka2026!"));
    assertThat(ownName.status()).isEqualTo(400);
    assertThat(ownName.json().getJsonObject("fields").getString("password")).contains("email");
  }

  @Test
  void repeatedWrongPasswordsAreThrottledWithRetryAfter() {
    JsonObject wrong = new JsonObject().put("email", "nobody-" + System.nanoTime() + "@example.com")
        .put("password", "wrong-password-x");
    int throttled = 0;
    for (int i = 0; i < 8; i++) {
      ApiClient.Reply reply = post("/api/v1/auth/login", wrong);
      if (reply.status() == 429) {
        throttled++;
        assertThat(reply.headers().firstValue("retry-after")).isPresent();
      } else {
        assertThat(reply.json().getString("error")).isEqualTo("invalid_credentials");
      }
    }
    assertThat(throttled).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aDisabledTraderCanNoLongerUseTheApi() {
    ApiClient.Session trader = api.signUp();
    ApiClient.Session admin = api.admin();
    assertThat(api.send("POST", "/api/v1/admin/users/" + trader.userId() + "/disable", admin.accessToken(), null)
        .status()).isEqualTo(204);
    assertThat(api.get("/api/v1/user/me", trader.accessToken()).status()).isEqualTo(401);
    assertThat(post("/api/v1/auth/refresh", new JsonObject().put("refreshToken", trader.refreshToken())).status())
        .isEqualTo(401);
    JsonObject audit = api.get("/api/v1/user/audit", admin.accessToken()).json();
    assertThat(audit.encode()).contains("admin.user.disable");
  }

  @Test
  void startStopAndRunNowGoToTheEngineAndAreThrottled() {
    ApiClient.Session trader = api.signUp();
    ApiClient.Reply started = api.send("POST", "/api/v1/user/service/start", trader.accessToken(), null);
    assertThat(started.status()).isEqualTo(200);
    ApiClient.Reply run = api.send("POST", "/api/v1/user/service/tasks/analysis/run", trader.accessToken(), null);
    assertThat(run.status()).isEqualTo(202);
    assertThat(api.send("POST", "/api/v1/user/service/tasks/nonsense/run", trader.accessToken(), null).status())
        .isEqualTo(404);
    int throttled = 0;
    for (int i = 0; i < 6; i++) {
      if (api.send("POST", "/api/v1/user/service/stop", trader.accessToken(), null).status() == 429) {
        throttled++;
      }
    }
    assertThat(throttled).isGreaterThanOrEqualTo(1);
    ApiClient.Session other = api.signUp();
    assertThat(api.send("POST", "/api/v1/user/service/tasks/analysis/run", other.accessToken(), null).json()
        .getString("error")).isEqualTo("service_not_running");
  }
}
