package in.neotrader.verticles.accounts;

import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.core.credentials.EncryptedSecret;
import in.neotrader.verticles.broker.kotak.KotakCredentials;
import in.neotrader.verticles.broker.kotak.KotakRoute;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * Opens the Kotak credentials a user saved through the web API: one JSON document (consumerKey, mobileNumber,
 * ucc, mpin, totpSecret) sealed with AES-GCM and bound to the user by its context. Only the trading verticle
 * calls this; no message it produces carries a credential.
 */
public final class SealedKotakCredentials {

  private SealedKotakCredentials() {}

  /** The context the web API seals with (Sealing.brokerContext): a row copied to another user does not open. */
  public static String context(long userId) {
    return "user:" + userId + ":kotak";
  }

  /**
   * @throws in.neotrader.core.credentials.CredentialException when the row does not open with this keyring
   * @throws IllegalArgumentException when the document is not the expected JSON
   */
  public static KotakCredentials open(CredentialCipher cipher, long userId, in.neotrader.sql.secrets.EncryptedSecret stored) {
    JsonObject fields = document(cipher, userId, stored);
    String[] names = {"consumerKey", "mobileNumber", "ucc", "mpin", "totpSecret"};
    for (String name : names) {
      if (fields.getValue(name) == null || fields.getValue(name).toString().isBlank()) {
        throw new IllegalArgumentException("saved broker credentials lack " + name);
      }
    }
    return new KotakCredentials(fields.getValue("consumerKey").toString(), fields.getValue("mobileNumber").toString(),
        fields.getValue("ucc").toString(), fields.getValue("mpin").toString(), fields.getValue("totpSecret").toString());
  }

  /** The way out to Kotak saved with the credentials (absent: the server's own address). */
  public static KotakRoute openRoute(CredentialCipher cipher, long userId, in.neotrader.sql.secrets.EncryptedSecret stored) {
    return KotakRoute.of(document(cipher, userId, stored));
  }

  private static JsonObject document(CredentialCipher cipher, long userId,
      in.neotrader.sql.secrets.EncryptedSecret stored) {
    String json = cipher.decrypt(new EncryptedSecret(stored.keyId(), stored.ciphertext()), context(userId));
    try {
      return new JsonObject(json);
    } catch (DecodeException e) {
      // The decoder quotes the input in its message: drop it, the input is the secret.
      throw new IllegalArgumentException("saved broker credentials are not a JSON document");
    }
  }
}
