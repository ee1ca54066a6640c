package in.neotrader.verticles.engine;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.credentials.CredentialCipher;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine opens credentials with the keyring the web API seals with, retired keys included. */
class EngineKeyringTest {

  @Test
  void credentialsSealedBeforeAKeyRotationStillOpen() {
    byte[] retired = new byte[32];
    byte[] current = new byte[32];
    current[0] = 7;
    var sealedBefore = new CredentialCipher(Map.of("old", retired), "old").encrypt("{}", "user:5:kotak");
    JsonObject config = new JsonObject().put("CREDENTIALS_KEY", Base64.getEncoder().encodeToString(current))
        .put("CREDENTIALS_KEY_ID", "new")
        .put("CREDENTIALS_PREVIOUS_KEYS", "old:" + Base64.getEncoder().encodeToString(retired));

    CredentialCipher engine = EngineSettings.fromConfig(config).credentials().orElseThrow();

    assertThat(engine.currentKeyId()).isEqualTo("new");
    assertThat(engine.decrypt(sealedBefore, "user:5:kotak")).isEqualTo("{}");
  }
}
