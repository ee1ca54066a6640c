package in.neotrader.verticles.broker.kotak;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.io.ByteArrayOutputStream;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 codes (HMAC-SHA1, 6 digits, 30 s) from the base32 seed an authenticator app would hold. */
public final class Totp {

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final long STEP_MILLIS = 30_000;
  /** A code with less left may expire on its way to Kotak, which refuses it (KOTAK_NEO §8): wait for the next. */
  static final Duration MIN_VALIDITY_LEFT = Duration.ofSeconds(3);
  private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

  private Totp() {}

  /** The 6-digit code valid at {@code time}. */
  public static String code(String base32Secret, Instant time) {
    try {
      return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(decode(base32Secret), "HmacSHA1"), time);
    } catch (InvalidKeyException e) {
      // The message of a key exception could describe the key; keep only the fact.
      throw new IllegalArgumentException("the TOTP secret is not a usable key");
    }
  }

  /** Whether {@code base32Secret} decodes to a key (checked when a user saves it, not at the first login). */
  public static boolean isUsableSeed(String base32Secret) {
    try {
      return decode(base32Secret).length > 0;
    } catch (IllegalArgumentException notBase32) {
      return false;
    }
  }

  /** How long to wait at {@code now} before computing a code: zero, or into the next step when this one ends soon. */
  static Duration waitForAFreshCode(Instant now) {
    long left = STEP_MILLIS - Math.floorMod(now.toEpochMilli(), STEP_MILLIS);
    return left < MIN_VALIDITY_LEFT.toMillis() ? Duration.ofMillis(left + 50) : Duration.ZERO;
  }

  /** Seeds are shown in groups, lower or upper case, sometimes with '=' padding. */
  static byte[] decode(String base32) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : base32.toUpperCase().toCharArray()) {
      if (c == '=' || c == ' ' || c == '-') {
        continue;
      }
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("the TOTP secret is not base32");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xFF);
        bits -= 8;
      }
    }
    if (out.size() == 0) {
      throw new IllegalArgumentException("the TOTP secret is empty");
    }
    return out.toByteArray();
  }
}
