package in.neotrader.core.credentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals broker credentials with AES-256-GCM: a fresh random 12-byte nonce per save, the key id
 * stored beside the ciphertext so keys can rotate. The associated data binds the ciphertext to
 * its key id and a caller context (e.g. "user:42:kotak"), so a row copied to another user fails.
 */
public final class CredentialCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int KEY_BYTES = 32;

  private final Map<String, SecretKeySpec> keyring;
  private final String currentKeyId;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param keyring key id to 32-byte key; old keys stay to decrypt old rows
   * @param currentKeyId the key new secrets are sealed with
   */
  public CredentialCipher(Map<String, byte[]> keyring, String currentKeyId) {
    Map<String, SecretKeySpec> keys = new TreeMap<>();
    keyring.forEach((id, key) -> {
      if (key == null || key.length != KEY_BYTES) {
        throw new CredentialException(CredentialException.Code.MALFORMED,
            "key '" + id + "' must be " + KEY_BYTES + " bytes for AES-256");
      }
      keys.put(id, new SecretKeySpec(key.clone(), "AES"));
    });
    if (!keys.containsKey(currentKeyId)) {
      throw new CredentialException(CredentialException.Code.UNKNOWN_KEY_ID,
          "current key id '" + currentKeyId + "' is not in the keyring " + keys.keySet());
    }
    this.keyring = Map.copyOf(keys);
    this.currentKeyId = currentKeyId;
  }

  /** Reads a key as the operator supplies it in {@code CREDENTIALS_KEY} (base64 of 32 bytes). */
  public static byte[] keyFromBase64(String base64) {
    byte[] key = Base64.getDecoder().decode(base64.trim());
    if (key.length != KEY_BYTES) {
      throw new CredentialException(CredentialException.Code.MALFORMED,
          "CREDENTIALS_KEY must be base64 of " + KEY_BYTES + " bytes, got " + key.length);
    }
    return key;
  }

  public String currentKeyId() {
    return currentKeyId;
  }

  public EncryptedSecret encrypt(String plaintext, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keyring.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad(currentKeyId, context));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE_BYTES + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return new EncryptedSecret(currentKeyId, out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JRE", e);
    }
  }

  public String decrypt(EncryptedSecret secret, String context) {
    SecretKeySpec key = keyring.get(secret.keyId());
    if (key == null) {
      throw new CredentialException(CredentialException.Code.UNKNOWN_KEY_ID, "secret was sealed with key id '"
          + secret.keyId() + "', which is not in the keyring " + keyring.keySet());
    }
    byte[] bytes = secret.nonceAndCiphertext();
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new CredentialException(CredentialException.Code.MALFORMED, "sealed secret is too short");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(aad(secret.keyId(), context));
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new CredentialException(CredentialException.Code.TAMPERED,
          "secret failed authentication: altered, or sealed for another context");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JRE", e);
    }
  }

  /** Opens with whatever key sealed it and seals again under the current key (key rotation). */
  public EncryptedSecret reencrypt(EncryptedSecret secret, String context) {
    return encrypt(decrypt(secret, context), context);
  }

  private static byte[] aad(String keyId, String context) {
    return (keyId + "\n" + context).getBytes(StandardCharsets.UTF_8);
  }
}
