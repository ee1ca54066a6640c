package in.neotrader.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.common.io.BaseEncoding;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A trader turns on the second factor as an authenticator app would, then needs its code to log in. */
class SecondFactorLoginTest {
  private static final String EMAIL = "totp-trader@example.com";
  private static final String PASSWORD = "long-enough-password";
  private static final TimeBasedOneTimePasswordGenerator AUTHENTICATOR = new TimeBasedOneTimePasswordGenerator();
  static ApiServer api;
  static SecretKeySpec appKey;

  @BeforeAll
  static void aTraderEnablesTheSecondFactor() throws Exception {
    api = ApiServer.start();
    ApiClient.Reply signedUp = login("/api/v1/auth/signup", new JsonObject());
    String token = signedUp.json().getString("accessToken");
    ApiClient.Reply setup = api.send("POST", "/api/v1/user/totp/setup", token, null);
    assertThat(setup.status()).isEqualTo(200);
    String secret = setup.json().getString("secret");
    assertThat(setup.json().getString("otpauthUri")).contains("secret=" + secret);
    // What the phone does with the scanned secret: base32-decode it, HMAC-SHA1 over 30-s steps.
    appKey = new SecretKeySpec(BaseEncoding.base32().decode(secret), AUTHENTICATOR.getAlgorithm());
    // The previous step's code (still accepted for drift): the current one is left for the login, as a code works once.
    ApiClient.Reply enabled = api.send("POST", "/api/v1/user/totp/enable", token,
        new JsonObject().put("code", codeAt(Instant.now().minusSeconds(30))).encode());
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(204);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void withoutACodeTheLoginAsksForOne() {
    ApiClient.Reply reply = login("/api/v1/auth/login", new JsonObject());
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().getString("error")).isEqualTo("totp_required");
    assertThat(reply.body()).doesNotContain("accessToken");
  }

  @Test
  void aWrongCodeIsRefused() throws Exception {
    String right = codeAt(Instant.now());
    String wrong = String.format("%06d", (Integer.parseInt(right) + 500_000) % 1_000_000);
    ApiClient.Reply reply = login("/api/v1/auth/login", new JsonObject().put("totp", wrong));
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).doesNotContain("accessToken");
  }

  @Test
  void theCurrentCodeLogsIn() throws Exception {
    ApiClient.Reply reply = login("/api/v1/auth/login", new JsonObject().put("totp", codeAt(Instant.now())));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().getJsonObject("user").getBoolean("totpEnabled")).isTrue();
    assertThat(api.get("/api/v1/user/me", reply.json().getString("accessToken")).status()).isEqualTo(200);
  }

  private static ApiClient.Reply login(String path, JsonObject extra) {
    return api.send("POST", path, null, new JsonObject().put("email", EMAIL).put("password", PASSWORD)
        .mergeIn(extra).encode());
  }

  private static String codeAt(Instant at) throws Exception {
    return AUTHENTICATOR.generateOneTimePasswordString(appKey, at);
  }
}
