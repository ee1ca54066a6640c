package in.neotrader.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.core.credentials.EncryptedSecret;
import in.neotrader.verticles.broker.kotak.KotakRoute;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kotak credentials are checked when saved: each wrong field named, nothing stored, the mobile normalised. */
class BrokerCredentialRulesTest {
  static ApiServer api;

  @BeforeAll
  static void start() {
    api = ApiServer.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static JsonObject valid() {
    return new JsonObject().put("consumerKey", "consumer-key-42").put("mobileNumber", "+919876501234")
        .put("ucc", "QZ7T4").put("mpin", "731904").put("totpSecret", "KRSX G5CT MVRX EZLU KRSX G5CT MVRX EZLU");
  }

  @Test
  void everyWrongFieldIsNamedAndNothingIsSaved() {
    ApiClient.Session trader = api.signUp();
    ApiClient.Reply refused = api.send("PUT", "/api/v1/user/broker-credentials", trader.accessToken(),
        valid().put("mobileNumber", "98765").put("ucc", "123456789").put("mpin", "1234").put("totpSecret", "not-base32!!")
            .encode());

    assertThat(refused.status()).isEqualTo(400);
    JsonObject fields = refused.json().getJsonObject("fields");
    assertThat(fields.fieldNames()).containsExactlyInAnyOrder("mobileNumber", "ucc", "mpin", "totpSecret");
    assertThat(fields.getString("mobileNumber")).contains("+91");
    assertThat(api.get("/api/v1/user/broker-credentials", trader.accessToken()).json().getBoolean("set")).isFalse();
  }

  @Test
  void aSeedTooShortForAnAuthenticatorOrAMobileOutsideIndiaIsRefused() {
    ApiClient.Session trader = api.signUp();
    for (JsonObject wrong : new JsonObject[] {valid().put("totpSecret", "ABCDEFGH"),
        valid().put("mobileNumber", "+14155550123")}) {
      assertThat(api.send("PUT", "/api/v1/user/broker-credentials", trader.accessToken(), wrong.encode()).status())
          .as(wrong.encode()).isEqualTo(400);
    }
  }

  @Test
  void aBareTenDigitMobileIsStoredWithTheCountryCodeKotakRequires() {
    ApiClient.Session trader = api.signUp();
    assertThat(api.send("PUT", "/api/v1/user/broker-credentials", trader.accessToken(),
        valid().put("mobileNumber", "98765 01234").encode()).status()).isEqualTo(204);

    JsonObject stored = storedCredentials(trader.userId());
    assertThat(stored.getString("mobileNumber")).isEqualTo("+919876501234");
    assertThat(stored.getString("totpSecret")).isEqualTo("KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU");
  }

  @Test
  void aRouteToKotakIsCheckedAndSealedWithTheCredentials() {
    ApiClient.Session trader = api.signUp();
    ApiClient.Reply refused = api.send("PUT", "/api/v1/user/broker-credentials", trader.accessToken(),
        valid().put("egressProxy", "socks5://proxy:1080").put("registeredIp", "my-home").encode());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonObject("fields").fieldNames())
        .containsExactlyInAnyOrder("egressProxy", "registeredIp");
    assertThat(api.send("PUT", "/api/v1/user/broker-credentials", trader.accessToken(), valid()
        .put("egressProxy", "http://proxy:1080").put("egressLocalAddress", "10.0.0.7").encode()).status())
        .as("a proxy or a local address, not both").isEqualTo(400);

    assertThat(api.send("PUT", "/api/v1/user/broker-credentials", trader.accessToken(), valid()
        .put("egressProxy", "http://household:secret@203.0.113.7:3128").put("registeredIp", "203.0.113.7")
        .encode()).status()).isEqualTo(204);

    JsonObject stored = storedCredentials(trader.userId());
    assertThat(stored.getString("egressProxy")).as("the proxy password is sealed with the rest")
        .isEqualTo("http://household:secret@203.0.113.7:3128");
    assertThat(KotakRoute.of(stored).describe()).isEqualTo("proxy 203.0.113.7:3128");
  }

  /** The credentials as the engine opens them. */
  private static JsonObject storedCredentials(long userId) {
    Row row = Await.result(api.server.database().pool()
        .preparedQuery("SELECT broker_credentials FROM user_settings WHERE user_id = $1")
        .execute(Tuple.of(userId))).iterator().next();
    CredentialCipher cipher = new CredentialCipher(Map.of("test-1", Base64.getDecoder().decode(ApiServer.CREDENTIALS_KEY)),
        "test-1");
    return new JsonObject(cipher.decrypt(new EncryptedSecret("test-1", row.getBuffer(0).getBytes()), "user:" + userId
        + ":kotak"));
  }
}
