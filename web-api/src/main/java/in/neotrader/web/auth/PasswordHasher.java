package in.neotrader.web.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Argon2id (OWASP's minimum: 19 MiB, 2 passes, 1 lane), salted per password. Hashing takes tens of
 * milliseconds on purpose, so it always runs on a worker thread, never on the event loop.
 */
public final class PasswordHasher {
  private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
  // Checked against when the email is unknown, so a login takes as long whether the account exists or not.
  private static final String DECOY = Password.hash("decoy-password").addRandomSalt(16).with(ARGON2ID).getResult();

  private final Vertx vertx;

  public PasswordHasher(Vertx vertx) {
    this.vertx = vertx;
  }

  public Future<String> hash(String password) {
    return vertx.executeBlocking(() -> Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult(), false);
  }

  /** Whether {@code password} matches {@code storedHash}; a null hash burns the same time and answers false. */
  public Future<Boolean> matches(String password, String storedHash) {
    return vertx.executeBlocking(() -> {
      String hash = storedHash == null ? DECOY : storedHash;
      boolean matches = Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
      return matches && storedHash != null;
    }, false);
  }
}
