package in.neotrader.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialCipherTest {

  private static final String CONTEXT = "user:42:kotak";
  private final byte[] oldKey = key();
  private final byte[] newKey = key();

  private static byte[] key() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }

  @Test
  void decryptsWhatItEncrypted() {
    CredentialCipher cipher = new CredentialCipher(Map.of("k1", oldKey), "k1");
    EncryptedSecret sealed = cipher.encrypt("mpin=123456", CONTEXT);

    assertThat(sealed.keyId()).isEqualTo("k1");
    assertThat(cipher.decrypt(sealed, CONTEXT)).isEqualTo("mpin=123456");
    assertThat(sealed.toString()).doesNotContain("mpin");
  }

  @Test
  void theCiphertextDiffersOnEverySave() {
    CredentialCipher cipher = new CredentialCipher(Map.of("k1", oldKey), "k1");
    EncryptedSecret a = cipher.encrypt("same secret", CONTEXT);
    EncryptedSecret b = cipher.encrypt("same secret", CONTEXT);

    assertThat(a).isNotEqualTo(b);
    assertThat(a.nonceAndCiphertext()).hasSize(12 + "same secret".length() + 16);
  }

  @Test
  void aTamperedCiphertextIsRefused() {
    CredentialCipher cipher = new CredentialCipher(Map.of("k1", oldKey), "k1");
    byte[] bytes = cipher.encrypt("secret", CONTEXT).nonceAndCiphertext();
    bytes[bytes.length - 1] ^= 1;

    assertThatThrownBy(() -> cipher.decrypt(new EncryptedSecret("k1", bytes), CONTEXT))
        .isInstanceOfSatisfying(CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(CredentialException.Code.TAMPERED));
  }

  @Test
  void aSecretCopiedToAnotherUserIsRefused() {
    CredentialCipher cipher = new CredentialCipher(Map.of("k1", oldKey), "k1");
    EncryptedSecret sealed = cipher.encrypt("secret", CONTEXT);

    assertThatThrownBy(() -> cipher.decrypt(sealed, "user:43:kotak"))
        .isInstanceOfSatisfying(CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(CredentialException.Code.TAMPERED));
  }

  @Test
  void anUnknownKeyIdIsAClearError() {
    CredentialCipher cipher = new CredentialCipher(Map.of("k1", oldKey), "k1");
    EncryptedSecret sealed = cipher.encrypt("secret", CONTEXT);
    CredentialCipher other = new CredentialCipher(Map.of("k2", newKey), "k2");

    assertThatThrownBy(() -> other.decrypt(sealed, CONTEXT))
        .isInstanceOfSatisfying(CredentialException.class, e -> {
          assertThat(e.code()).isEqualTo(CredentialException.Code.UNKNOWN_KEY_ID);
          assertThat(e.getMessage()).contains("'k1'").contains("[k2]");
        });
  }

  @Test
  void rotationReencryptsUnderTheNewKey() {
    EncryptedSecret sealedOld = new CredentialCipher(Map.of("k1", oldKey), "k1").encrypt("secret", CONTEXT);
    CredentialCipher rotated = new CredentialCipher(Map.of("k1", oldKey, "k2", newKey), "k2");

    EncryptedSecret sealedNew = rotated.reencrypt(sealedOld, CONTEXT);

    assertThat(sealedNew.keyId()).isEqualTo("k2");
    assertThat(new CredentialCipher(Map.of("k2", newKey), "k2").decrypt(sealedNew, CONTEXT)).isEqualTo("secret");
  }

  @Test
  void storedAsBase64ItReadsBack() {
    CredentialCipher cipher = new CredentialCipher(Map.of("k1", oldKey), "k1");
    EncryptedSecret sealed = cipher.encrypt("secret", CONTEXT);
    assertThat(cipher.decrypt(EncryptedSecret.fromBase64("k1", sealed.base64()), CONTEXT)).isEqualTo("secret");
  }

  @Test
  void keysMustBeThirtyTwoBytes() {
    assertThatThrownBy(() -> new CredentialCipher(Map.of("k1", new byte[16]), "k1"))
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> CredentialCipher.keyFromBase64(Base64.getEncoder().encodeToString(new byte[31])))
        .hasMessageContaining("got 31");
    assertThat(CredentialCipher.keyFromBase64(Base64.getEncoder().encodeToString(oldKey))).isEqualTo(oldKey);
  }
}
