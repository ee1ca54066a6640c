package in.neotrader.verticles.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.core.credentials.CredentialException;
import in.neotrader.sql.secrets.EncryptedSecret;
import in.neotrader.verticles.broker.kotak.KotakCredentials;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Credentials sealed by the web API open in the trading verticle of their own user only, and say nothing when bad. */
class SealedKotakCredentialsTest {

  private static final CredentialCipher CIPHER = new CredentialCipher(Map.of("k2", new byte[32]), "k2");
  private static final JsonObject SAVED = new JsonObject().put("consumerKey", "ck-91b2").put("mobileNumber",
      "+919800011122").put("ucc", "AB12C").put("mpin", "654321").put("totpSecret", "JBSWY3DPEHPK3PXP");

  @Test
  void credentialsSealedForAUserOpenAsKotakCredentials() {
    KotakCredentials opened = SealedKotakCredentials.open(CIPHER, 42, seal(SAVED.encode(), "user:42:kotak"));

    assertThat(opened).isEqualTo(new KotakCredentials("ck-91b2", "+919800011122", "AB12C", "654321",
        "JBSWY3DPEHPK3PXP"));
  }

  @Test
  void anotherUsersRowDoesNotOpen() {
    EncryptedSecret ofUser42 = seal(SAVED.encode(), "user:42:kotak");

    assertThatThrownBy(() -> SealedKotakCredentials.open(CIPHER, 43, ofUser42))
        .isInstanceOf(CredentialException.class);
  }

  @Test
  void aDocumentThatIsNotTheExpectedJsonFailsWithoutQuotingIt() {
    String notJson = "mpin=654321;totp=JBSWY3DPEHPK3PXP";

    assertThatThrownBy(() -> SealedKotakCredentials.open(CIPHER, 42, seal(notJson, "user:42:kotak")))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("654321").doesNotContain("JBSWY3"))
        .hasNoCause();
    assertThatThrownBy(() -> SealedKotakCredentials.open(CIPHER, 42,
        seal(SAVED.copy().put("mpin", " ").encode(), "user:42:kotak")))
        .hasMessage("saved broker credentials lack mpin");
  }

  private static EncryptedSecret seal(String plaintext, String context) {
    var sealed = CIPHER.encrypt(plaintext, context);
    return new EncryptedSecret(sealed.nonceAndCiphertext(), sealed.keyId());
  }
}
