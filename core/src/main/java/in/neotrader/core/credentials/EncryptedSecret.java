package in.neotrader.core.credentials;

import java.util.Arrays;
import java.util.Base64;

/** A secret sealed with AES-256-GCM: the key id, then 12 bytes of nonce followed by ciphertext and tag. */
public record EncryptedSecret(String keyId, byte[] nonceAndCiphertext) {

  public EncryptedSecret {
    if (keyId == null || keyId.isBlank()) {
      throw new IllegalArgumentException("keyId is required");
    }
    nonceAndCiphertext = nonceAndCiphertext.clone();
  }

  @Override
  public byte[] nonceAndCiphertext() {
    return nonceAndCiphertext.clone();
  }

  /** For a text column; the key id goes to its own column. */
  public String base64() {
    return Base64.getEncoder().encodeToString(nonceAndCiphertext);
  }

  public static EncryptedSecret fromBase64(String keyId, String base64) {
    return new EncryptedSecret(keyId, Base64.getDecoder().decode(base64));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EncryptedSecret e && keyId.equals(e.keyId) && Arrays.equals(nonceAndCiphertext, e.nonceAndCiphertext);
  }

  @Override
  public int hashCode() {
    return 31 * keyId.hashCode() + Arrays.hashCode(nonceAndCiphertext);
  }

  /** Never prints the bytes, so a log line cannot leak even the ciphertext. */
  @Override
  public String toString() {
    return "EncryptedSecret[keyId=" + keyId + ", " + nonceAndCiphertext.length + " bytes]";
  }
}
