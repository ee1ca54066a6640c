package in.neotrader.web.keys;

import java.util.Map;

/**
 * The AES-256 keys broker credentials are sealed with: the current one (new saves and rotation) and the
 * retired ones still needed to open what was sealed before a rotation. Never logged: no toString of keys.
 */
public record CredentialKeys(String currentKeyId, Map<String, byte[]> keysById) {
  public CredentialKeys {
    keysById = Map.copyOf(keysById);
    if (!keysById.containsKey(currentKeyId)) {
      throw new IllegalArgumentException("the current credentials key " + currentKeyId + " is not in the key ring");
    }
  }

  public byte[] current() {
    return keysById.get(currentKeyId);
  }

  @Override
  public String toString() {
    return "CredentialKeys[current=" + currentKeyId + ", ids=" + keysById.keySet() + "]";
  }
}
