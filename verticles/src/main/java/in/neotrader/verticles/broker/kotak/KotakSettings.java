package in.neotrader.verticles.broker.kotak;

import java.time.Duration;
import java.util.Map;

/**
 * How the adapter talks to Kotak Neo.
 *
 * @param loginUrl the login host ({@code KOTAK_BASE_URL}); every other call goes to the per-account
 *     baseUrl returned at login
 * @param callTimeout how long one HTTP call may take before it counts as unanswered
 * @param readAttempts how often a read (order book, positions, quotes...) is tried in total; writes
 *     are never resent on a timeout
 * @param readBackoff pause before the second read attempt, doubled before each further one
 */
public record KotakSettings(String loginUrl, Duration callTimeout, int readAttempts, Duration readBackoff) {

  public static final String LOGIN_URL_ENV = "KOTAK_BASE_URL";
  public static final String DEFAULT_LOGIN_URL = "https://mis.kotaksecurities.com";
  /** The SDK's default; order-book calls have been seen to hang for a minute under bursts (KOTAK_NEO §6). */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

  public KotakSettings {
    if (loginUrl == null || loginUrl.isBlank()) {
      throw new IllegalArgumentException("loginUrl is required");
    }
    if (callTimeout.isNegative() || callTimeout.isZero()) {
      throw new IllegalArgumentException("callTimeout must be > 0");
    }
    if (readAttempts < 1) {
      throw new IllegalArgumentException("readAttempts must be >= 1");
    }
    loginUrl = loginUrl.endsWith("/") ? loginUrl.substring(0, loginUrl.length() - 1) : loginUrl;
  }

  /** Production defaults: the real login host, 30 s calls, 3 read attempts from 500 ms backoff. */
  public static KotakSettings defaults(String loginUrl) {
    return new KotakSettings(loginUrl, DEFAULT_CALL_TIMEOUT, 3, Duration.ofMillis(500));
  }

  /** Defaults with the login host taken from {@code KOTAK_BASE_URL} when set. */
  public static KotakSettings fromEnvironment(Map<String, String> env) {
    return defaults(env.getOrDefault(LOGIN_URL_ENV, DEFAULT_LOGIN_URL));
  }
}
