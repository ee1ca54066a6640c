package in.neotrader.web.auth;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 TOTP (30 s, 6 digits, HMAC-SHA1: what authenticator apps expect); secrets shown in base32. */
public final class SecondFactor {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;

  public SecondFactor(Clock clock) {
    this.clock = clock;
  }

  /** A new random secret (160 bits) in base32. */
  public static String newSecret() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bytes.length * 8; i += 5) {
      int index = 0;
      for (int bit = 0; bit < 5; bit++) {
        int b = i + bit;
        index = (index << 1) | ((bytes[b / 8] >> (7 - b % 8)) & 1);
      }
      out.append(BASE32.charAt(index));
    }
    return out.toString();
  }

  public static String otpauthUri(String secret, String email) {
    return "otpauth://totp/NeoTrader:" + email.replace(":", "") + "?secret=" + secret + "&issuer=NeoTrader";
  }

  /**
   * The 30-second step {@code code} belongs to when it is the current code, or the one before or after (clock
   * drift of the phone); empty when it is none of them. The caller spends the step so the code works once.
   */
  public OptionalLong matchingStep(String base32Secret, String code) {
    if (code == null || !code.matches("\\d{6}")) {
      return OptionalLong.empty();
    }
    SecretKeySpec key = new SecretKeySpec(decode(base32Secret), TOTP.getAlgorithm());
    long seconds = TOTP.getTimeStep().toSeconds();
    long current = clock.instant().getEpochSecond() / seconds;
    try {
      for (long step = current - 1; step <= current + 1; step++) {
        if (TOTP.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * seconds)).equals(code)) {
          return OptionalLong.of(step);
        }
      }
      return OptionalLong.empty();
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("an HMAC key of 20 bytes is always valid", e);
    }
  }

  static byte[] decode(String base32) {
    byte[] out = new byte[base32.length() * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int index = 0;
    for (char c : base32.toCharArray()) {
      buffer = (buffer << 5) | BASE32.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out[index++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return out;
  }
}
