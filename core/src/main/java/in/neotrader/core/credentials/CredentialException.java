package in.neotrader.core.credentials;

/** A secret cannot be sealed or opened; the message never contains the secret. */
public final class CredentialException extends RuntimeException {

  public enum Code {
    /** The ciphertext names a key that is not in the keyring (rotated away or wrong deployment). */
    UNKNOWN_KEY_ID,
    /** Authentication failed: the bytes were altered, or sealed for another user or purpose. */
    TAMPERED,
    /** A key is not 32 bytes, or the stored bytes are too short to hold a nonce and tag. */
    MALFORMED
  }

  private final Code code;

  public CredentialException(Code code, String message) {
    super(message);
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
