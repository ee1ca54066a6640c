package in.neotrader.verticles.accounts;

import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.sql.secrets.EncryptedSecret;
import in.neotrader.sql.settings.UserSettingsRepository;
import in.neotrader.verticles.broker.kotak.KotakCredentials;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;

/** Saves a user's Kotak credentials sealed as the web API seals them, for tests and benchmarks of broker mode. */
public final class SavedBrokerCredentials {

  private SavedBrokerCredentials() {}

  public static Future<Void> save(Pool pool, CredentialCipher cipher, long userId, KotakCredentials credentials,
      Instant at) {
    return save(pool, cipher, userId, credentials, new JsonObject(), at);
  }

  /** With the route fields ({@code egressProxy}, {@code egressLocalAddress}, {@code registeredIp}) in the document. */
  public static Future<Void> save(Pool pool, CredentialCipher cipher, long userId, KotakCredentials credentials,
      JsonObject route, Instant at) {
    String json = route.copy().put("consumerKey", credentials.accessToken())
        .put("mobileNumber", credentials.mobileNumber()).put("ucc", credentials.ucc()).put("mpin", credentials.mpin())
        .put("totpSecret", credentials.totpSecret()).encode();
    var sealed = cipher.encrypt(json, SealedKotakCredentials.context(userId));
    return new UserSettingsRepository(pool).saveBrokerCredentials(userId,
        new EncryptedSecret(sealed.nonceAndCiphertext(), sealed.keyId()), at);
  }
}
