package in.neotrader.web.keys;

import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.sql.secrets.EncryptedSecret;

/**
 * Seals and opens the secrets the web layer stores (broker credentials, TOTP secrets) with core's AES-GCM
 * cipher. Each secret is bound to its owner and purpose by the context, so a row copied to another user
 * does not open. The trading verticle opens broker credentials with {@link #brokerContext(long)}.
 */
public final class Sealing {
  private final CredentialCipher cipher;

  public Sealing(CredentialKeys keys) {
    this.cipher = new CredentialCipher(keys.keysById(), keys.currentKeyId());
  }

  public static String brokerContext(long userId) {
    return "user:" + userId + ":kotak";
  }

  public static String totpContext(long userId) {
    return "user:" + userId + ":totp";
  }

  public EncryptedSecret seal(String plaintext, String context) {
    return stored(cipher.encrypt(plaintext, context));
  }

  public String open(EncryptedSecret secret, String context) {
    return cipher.decrypt(sealed(secret), context);
  }

  /** The same secret sealed again under the current key, for key rotation. */
  public EncryptedSecret reseal(EncryptedSecret secret, String context) {
    return stored(cipher.reencrypt(sealed(secret), context));
  }

  public String currentKeyId() {
    return cipher.currentKeyId();
  }

  private static EncryptedSecret stored(in.neotrader.core.credentials.EncryptedSecret sealed) {
    return new EncryptedSecret(sealed.nonceAndCiphertext(), sealed.keyId());
  }

  private static in.neotrader.core.credentials.EncryptedSecret sealed(EncryptedSecret stored) {
    return new in.neotrader.core.credentials.EncryptedSecret(stored.keyId(), stored.ciphertext());
  }
}
