package in.neotrader.web;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.core.credentials.EncryptedSecret;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Credentials are sealed per save, open (as the trading verticle would) to what was sent, and never leak. */
class BrokerCredentialsTest {
  static final String MPIN = "918273";
  static final String TOTP_SECRET = "PLAINTOTPSECRETXYZ";
  static final String CONSUMER_KEY = "consumer-key-very-secret-77";
  static CapturedLogs logs;
  static ApiServer api;
  static ApiClient.Session trader;
  static StringBuilder responses = new StringBuilder();

  @BeforeAll
  static void start() {
    logs = CapturedLogs.attach();
    api = ApiServer.start();
    trader = api.signUp();
  }

  @AfterAll
  static void stop() {
    api.close();
    logs.close();
  }

  static JsonObject credentials() {
    return new JsonObject().put("consumerKey", CONSUMER_KEY).put("mobileNumber", "+919800000000")
        .put("ucc", "AB123").put("mpin", MPIN).put("totpSecret", TOTP_SECRET);
  }

  ApiClient.Reply call(String method, String path, String body) {
    ApiClient.Reply reply = api.send(method, path, trader.accessToken(), body);
    responses.append(reply.body()).append(reply.headers().map()).append('\n');
    return reply;
  }

  byte[] storedCiphertext() {
    Row row = Await.result(api.server.database().pool()
        .preparedQuery("SELECT broker_credentials, broker_credentials_key_id FROM user_settings WHERE user_id = $1")
        .execute(Tuple.of(trader.userId()))).iterator().next();
    assertThat(row.getString(1)).isEqualTo("test-1");
    return row.getBuffer(0).getBytes();
  }

  @Test
  void eachSaveSealsAnewAndOpensToWhatWasSentAndNothingLeaks() {
    assertThat(call("GET", "/api/v1/user/broker-credentials", null).json().getBoolean("set")).isFalse();
    assertThat(call("PUT", "/api/v1/user/settings", "{\"tradeMode\":\"broker\"}").json().getString("error"))
        .isEqualTo("broker_credentials_missing");

    assertThat(call("PUT", "/api/v1/user/broker-credentials", credentials().encode()).status()).isEqualTo(204);
    byte[] first = storedCiphertext();
    assertThat(call("PUT", "/api/v1/user/broker-credentials", credentials().encode()).status()).isEqualTo(204);
    byte[] second = storedCiphertext();
    assertThat(second).isNotEqualTo(first);

    CredentialCipher verticlesCipher = new CredentialCipher(
        Map.of("test-1", Base64.getDecoder().decode(ApiServer.CREDENTIALS_KEY)), "test-1");
    String opened = verticlesCipher.decrypt(new EncryptedSecret("test-1", second), "user:" + trader.userId() + ":kotak");
    assertThat(new JsonObject(opened)).isEqualTo(credentials());

    JsonObject status = call("GET", "/api/v1/user/broker-credentials", null).json();
    assertThat(status.getBoolean("set")).isTrue();
    assertThat(status.getString("updatedAt")).isNotBlank();
    assertThat(call("PUT", "/api/v1/user/settings", "{\"tradeMode\":\"broker\"}").json().getString("tradeMode"))
        .isEqualTo("broker");
    call("GET", "/api/v1/user/settings", null);
    call("GET", "/api/v1/user/audit", null);
    call("PUT", "/api/v1/user/broker-credentials", credentials().put("extra", "x").put("mpin", MPIN + "z").encode());

    ApiClient.Session admin = api.admin();
    JsonObject rotated = api.send("POST", "/api/v1/admin/credentials/rotate", admin.accessToken(), null).json();
    responses.append(rotated.encode());
    assertThat(rotated.getString("keyId")).isEqualTo("test-1");

    for (String secret : new String[] {MPIN, TOTP_SECRET, CONSUMER_KEY}) {
      assertThat(responses.toString()).doesNotContain(secret);
      assertThat(logs.all()).doesNotContain(secret);
    }
  }
}
