package in.neotrader.sql.secrets;

import java.util.Objects;

/**
 * A secret as stored: AES-256-GCM output (nonce || ciphertext || tag) and the id of the key that sealed it.
 * Only the credential cipher in core can open it; it never goes into a response, an event or a log line.
 */
public record EncryptedSecret(byte[] ciphertext, String keyId) {
  public EncryptedSecret {
    Objects.requireNonNull(ciphertext, "ciphertext");
    Objects.requireNonNull(keyId, "keyId");
  }

  @Override
  public String toString() {
    return "EncryptedSecret[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
  }
}
