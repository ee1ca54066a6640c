package in.neotrader.web.keys;

import in.neotrader.web.config.ConfigurationError;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JWT signing secret and the credential keys, from JWT_SECRET / CREDENTIALS_KEY(_ID) /
 * CREDENTIALS_PREVIOUS_KEYS. On the embedded default database a missing one is generated once into
 * DATA_DIR/keys (a dev convenience, logged as such); on an external database a missing one stops the start
 * (exit 2), because generated keys on one node would not match the others and would vanish with the disk.
 */
public record ServerKeys(byte[] jwtSecret, CredentialKeys credentialKeys) {
  private static final Logger LOG = LoggerFactory.getLogger(ServerKeys.class);
  private static final int MIN_JWT_SECRET_BYTES = 32;
  private static final String GENERATED_KEY_ID = "dev-1";

  public static Future<ServerKeys> load(Vertx vertx, JsonObject config, boolean embeddedDatabase) {
    return vertx.executeBlocking(() -> {
      Path keyDir = Path.of(config.getString("DATA_DIR", "./data")).resolve("keys");
      byte[] jwt = jwtSecret(config, embeddedDatabase, keyDir);
      return new ServerKeys(jwt, credentialKeys(config, embeddedDatabase, keyDir));
    }, false);
  }

  private static byte[] jwtSecret(JsonObject config, boolean embedded, Path keyDir) {
    String configured = config.getString("JWT_SECRET", "");
    if (!configured.isEmpty()) {
      byte[] secret = configured.getBytes(StandardCharsets.UTF_8);
      if (secret.length < MIN_JWT_SECRET_BYTES) {
        throw new ConfigurationError("JWT_SECRET must be at least " + MIN_JWT_SECRET_BYTES + " bytes long");
      }
      return secret;
    }
    requireEmbedded(embedded, "JWT_SECRET");
    return generatedOnce(keyDir.resolve("jwt-secret"), "JWT signing key");
  }

  private static CredentialKeys credentialKeys(JsonObject config, boolean embedded, Path keyDir) {
    Map<String, byte[]> ring = new HashMap<>();
    String previous = config.getString("CREDENTIALS_PREVIOUS_KEYS", "");
    for (String entry : previous.split(",")) {
      if (!entry.isBlank()) {
        String[] idAndKey = entry.trim().split(":", 2);
        if (idAndKey.length != 2) {
          throw new ConfigurationError("CREDENTIALS_PREVIOUS_KEYS must be id:base64key[,id:base64key...]");
        }
        ring.put(idAndKey[0], aesKey("CREDENTIALS_PREVIOUS_KEYS (" + idAndKey[0] + ")", idAndKey[1]));
      }
    }
    String configured = config.getString("CREDENTIALS_KEY", "");
    if (!configured.isEmpty()) {
      String keyId = config.getString("CREDENTIALS_KEY_ID", "");
      if (keyId.isBlank()) {
        throw new ConfigurationError("CREDENTIALS_KEY_ID must name the key given in CREDENTIALS_KEY");
      }
      ring.put(keyId, aesKey("CREDENTIALS_KEY", configured));
      return new CredentialKeys(keyId, ring);
    }
    requireEmbedded(embedded, "CREDENTIALS_KEY");
    ring.put(GENERATED_KEY_ID, generatedOnce(keyDir.resolve("credentials-" + GENERATED_KEY_ID), "credentials key"));
    return new CredentialKeys(GENERATED_KEY_ID, ring);
  }

  private static byte[] aesKey(String name, String base64) {
    try {
      byte[] key = Base64.getDecoder().decode(base64.trim());
      if (key.length == 32) {
        return key;
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal below
    }
    throw new ConfigurationError(name + " must be 32 bytes in base64 (e.g. openssl rand -base64 32)");
  }

  private static void requireEmbedded(boolean embedded, String name) {
    if (!embedded) {
      throw new ConfigurationError(name + " must be set when DB_URL points at an external database");
    }
  }

  private static byte[] generatedOnce(Path file, String what) {
    try {
      if (Files.exists(file)) {
        return Base64.getDecoder().decode(Files.readString(file).trim());
      }
      Files.createDirectories(file.getParent());
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Files.writeString(file, Base64.getEncoder().encodeToString(key));
      restrictToOwner(file);
      LOG.warn("Generated a dev {} into {}; set it explicitly for production", what, file);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + file, e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      LOG.warn("Cannot restrict the permissions of {} on this file system", file);
    }
  }

  /** The configuration for the trading engine, with the credentials key in use (given or generated). */
  public JsonObject engineConfig(JsonObject config) {
    return config.copy().put("CREDENTIALS_KEY", Base64.getEncoder().encodeToString(credentialKeys.current()))
        .put("CREDENTIALS_KEY_ID", credentialKeys.currentKeyId());
  }

  @Override
  public String toString() {
    return "ServerKeys[" + credentialKeys + "]";
  }
}
