package in.neotrader.web.auth;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.common.io.BaseEncoding;
import java.security.InvalidKeyException;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

/** What a phone does with a scanned secret: base32-decode it, HMAC-SHA1 codes over 30-second steps. */
public final class AuthenticatorApp {
  private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();
  private static final long STEP = TOTP.getTimeStep().toSeconds();

  private final SecretKeySpec key;

  public AuthenticatorApp(String base32Secret) {
    this.key = new SecretKeySpec(BaseEncoding.base32().decode(base32Secret), TOTP.getAlgorithm());
  }

  /** The code {@code steps} steps from now (-1: the previous one, which a server still accepts for drift). */
  public String code(int steps) {
    try {
      return TOTP.generateOneTimePasswordString(key, Instant.now().plusSeconds(steps * STEP));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for a fresh step when fewer than 8 s are left of this one, so a test's codes keep their meaning. */
  public static void awaitFreshStep() throws InterruptedException {
    long intoStep = Instant.now().getEpochSecond() % STEP;
    if (intoStep > STEP - 8) {
      Thread.sleep((STEP - intoStep) * 1000 + 200);
    }
  }
}
