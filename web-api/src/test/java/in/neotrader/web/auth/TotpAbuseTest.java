package in.neotrader.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Defects found with an attacker's tools: a TOTP code could be used twice, and enable/disable took any number of guesses. */
class TotpAbuseTest {
  private static final String PASSWORD = "long-enough-password";
  static ApiServer api;

  @BeforeAll
  static void start() {
    api = ApiServer.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @BeforeEach
  void freshStep() throws InterruptedException {
    AuthenticatorApp.awaitFreshStep();
  }

  @Test
  void aCodeLogsInOnceAndAnOlderCodeNeverAfterIt() {
    Trader trader = traderWithSecondFactor(-1);
    String now = trader.app.code(0);
    assertThat(login(trader, now).status()).isEqualTo(200);
    ApiClient.Reply replay = login(trader, now);
    assertThat(replay.status()).as(replay.body()).isEqualTo(401);
    assertThat(replay.body()).doesNotContain("accessToken").contains("already used");
    assertThat(login(trader, trader.app.code(-1)).status()).as("the code before it").isEqualTo(401);
    assertThat(login(trader, trader.app.code(1)).status()).as("the next code, within drift").isEqualTo(200);
  }

  @Test
  void theCodeThatEnabledTheSecondFactorCannotLogInOrTurnItOff() {
    Trader trader = traderWithSecondFactor(0);
    assertThat(login(trader, trader.app.code(0)).status()).isEqualTo(401);
    ApiClient.Reply disable = api.send("POST", "/api/v1/user/totp/disable", trader.session.accessToken(),
        code(trader.app.code(0)));
    assertThat(disable.status()).as(disable.body()).isEqualTo(400);
    assertThat(api.get("/api/v1/user/me", trader.session.accessToken()).json().getBoolean("totpEnabled")).isTrue();
    assertThat(api.send("POST", "/api/v1/user/totp/disable", trader.session.accessToken(), code(trader.app.code(1)))
        .status()).isEqualTo(204);
  }

  @Test
  void guessingEnableOrDisableCodesIsThrottled() {
    ApiClient.Session session = api.signUp();
    api.send("POST", "/api/v1/user/totp/setup", session.accessToken(), null);
    assertThat(guesses("/api/v1/user/totp/enable", session)).containsExactly(400, 400, 400, 400, 400, 429, 429);
    Trader trader = traderWithSecondFactor(0);
    assertThat(guesses("/api/v1/user/totp/disable", trader.session)).as("the enable took one of the five")
        .containsExactly(400, 400, 400, 400, 429, 429, 429);
    ApiClient.Reply limited = api.send("POST", "/api/v1/user/totp/disable", trader.session.accessToken(),
        code(trader.app.code(1)));
    assertThat(limited.status()).as("even the right code waits: the limit is on attempts").isEqualTo(429);
    assertThat(limited.headers().firstValue("retry-after")).isPresent();
  }

  private List<Integer> guesses(String path, ApiClient.Session session) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      statuses.add(api.send("POST", path, session.accessToken(), code("00000" + i)).status());
    }
    return statuses;
  }

  private record Trader(String email, ApiClient.Session session, AuthenticatorApp app) {
  }

  /** A new trader who turned the second factor on with the code {@code enableStep} steps from now. */
  private static Trader traderWithSecondFactor(int enableStep) {
    String email = "totp-" + System.nanoTime() + "@example.com";
    ApiClient.Session session = ApiClient.Session.of(api.send("POST", "/api/v1/auth/signup", null,
        new JsonObject().put("email", email).put("password", PASSWORD).encode()).json());
    AuthenticatorApp app = new AuthenticatorApp(api.send("POST", "/api/v1/user/totp/setup", session.accessToken(),
        null).json().getString("secret"));
    ApiClient.Reply enabled = api.send("POST", "/api/v1/user/totp/enable", session.accessToken(),
        code(app.code(enableStep)));
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(204);
    return new Trader(email, session, app);
  }

  private static ApiClient.Reply login(Trader trader, String totp) {
    return api.send("POST", "/api/v1/auth/login", null, new JsonObject().put("email", trader.email)
        .put("password", PASSWORD).put("totp", totp).encode());
  }

  private static String code(String code) {
    return new JsonObject().put("code", code).encode();
  }
}
