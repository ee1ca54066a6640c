package in.neotrader.web.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.common.io.BaseEncoding;
import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.core.credentials.EncryptedSecret;
import in.neotrader.sql.notify.NotificationChannel;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Rotating the credentials key as the README says (new key current, old one previous, restart, rotate): every
 * sealed secret (broker credentials, the TOTP secret, a notification channel) is re-sealed, so a server with only
 * the new key still logs the trader in with their authenticator and opens the broker and channel secrets.
 */
class KeyRotationTest {
  private static final String OLD_KEY = ApiServer.CREDENTIALS_KEY;
  private static final String NEW_KEY = Base64.getEncoder().encodeToString(new byte[] {
      7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 9});
  private static final String EMAIL = "rotation@example.in";
  private static final String PASSWORD = "long-enough-password";
  private static final TimeBasedOneTimePasswordGenerator AUTHENTICATOR = new TimeBasedOneTimePasswordGenerator();
  private static final JsonObject BROKER = new JsonObject().put("consumerKey", "consumer-key-test-9")
      .put("mobileNumber", "+919876501234").put("ucc", "QZ7T4").put("mpin", "731904")
      .put("totpSecret", "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU");
  private static final String HOOK = "https://hooks.example.in/neotrader";

  @Test
  void everySealedSecretOpensUnderTheNewKeyAloneAfterTheRotation() throws Exception {
    TestDatabase database = TestDatabase.create();
    SecretKeySpec phone;
    long userId;
    try (ApiServer before = ApiServer.start(database, new JsonObject())) {
      ApiClient.Session trader = ApiClient.Session.of(before.send("POST", "/api/v1/auth/signup", null,
          new JsonObject().put("email", EMAIL).put("password", PASSWORD).encode()).json());
      userId = trader.userId();
      String secret = before.send("POST", "/api/v1/user/totp/setup", trader.accessToken(), null).json()
          .getString("secret");
      phone = new SecretKeySpec(BaseEncoding.base32().decode(secret), AUTHENTICATOR.getAlgorithm());
      expect(before.send("POST", "/api/v1/user/totp/enable", trader.accessToken(),
          new JsonObject().put("code", AUTHENTICATOR.generateOneTimePasswordString(phone,
              Instant.now().minusSeconds(30))).encode()), 204); // the current code is kept for the login: one use each
      expect(before.send("PUT", "/api/v1/user/broker-credentials", trader.accessToken(), BROKER.encode()), 204);
      expect(before.send("POST", "/api/v1/user/notifications", trader.accessToken(), new JsonObject()
          .put("kind", "webhook").put("events", new io.vertx.core.json.JsonArray().add("order.filled"))
          .put("url", HOOK).put("secret", "a-signing-secret-of-32-characters").encode()), 201);
    }

    JsonObject newKeyCurrent = new JsonObject().put("CREDENTIALS_KEY", NEW_KEY).put("CREDENTIALS_KEY_ID", "test-2");
    try (ApiServer during = ApiServer.start(database, newKeyCurrent.copy()
        .put("CREDENTIALS_PREVIOUS_KEYS", "test-1:" + OLD_KEY))) {
      ApiClient.Session admin = during.admin();
      JsonObject rotated = expect(during.send("POST", "/api/v1/admin/credentials/rotate", admin.accessToken(), null),
          200).json();
      assertThat(rotated).isEqualTo(new JsonObject().put("keyId", "test-2").put("rotated", 3).put("byPlace",
          new JsonObject().put("brokerCredentials", 1).put("totpSecrets", 1).put("notificationChannels", 1)));
      assertThat(expect(during.send("POST", "/api/v1/admin/credentials/rotate", admin.accessToken(), null), 200)
          .json().getInteger("rotated")).as("nothing is left under the old key").isZero();
    }

    try (ApiServer after = ApiServer.start(database, newKeyCurrent)) {
      expect(after.send("POST", "/api/v1/auth/login", null, new JsonObject().put("email", EMAIL)
          .put("password", PASSWORD).put("totp", AUTHENTICATOR.generateOneTimePasswordString(phone, Instant.now()))
          .encode()), 200);
      CredentialCipher newKeyOnly = new CredentialCipher(Map.of("test-2", Base64.getDecoder().decode(NEW_KEY)),
          "test-2");
      Row broker = Await.result(database.pool(after.vertx).query("SELECT broker_credentials, "
          + "broker_credentials_key_id FROM user_settings WHERE user_id = " + userId).execute()).iterator().next();
      assertThat(new JsonObject(newKeyOnly.decrypt(new EncryptedSecret(broker.getString(1),
          broker.getBuffer(0).getBytes()), Sealing.brokerContext(userId)))).isEqualTo(BROKER);
      Row channel = Await.result(database.pool(after.vertx).query("SELECT sealed_config, key_id FROM "
          + "notification_channels WHERE user_id = " + userId).execute()).iterator().next();
      assertThat(newKeyOnly.decrypt(new EncryptedSecret(channel.getString(1), channel.getBuffer(0).getBytes()),
          NotificationChannel.context(userId))).contains(HOOK);
    }
  }

  private static ApiClient.Reply expect(ApiClient.Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    return reply;
  }
}
