package in.neotrader.verticles.broker.kotak;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
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
 * @param lostAnswerWindow how long a placement whose answer was lost is looked for in the order book before it
 *     counts as never arrived (the legacy waited 60 s: Kotak can take that long to show an order)
 * @param lostAnswerInterval pause between two of those looks
 * @param ordersPerSecond placements, modifications and cancellations one user may send per second
 *     ({@code KOTAK_ORDERS_PER_SECOND}, Kotak allows 10)
 * @param callsPerSecond every other call of one user per second ({@code KOTAK_CALLS_PER_SECOND}, Kotak allows 25)
 */
public record KotakSettings(String loginUrl, Duration callTimeout, int readAttempts, Duration readBackoff,
    Duration lostAnswerWindow, Duration lostAnswerInterval, int ordersPerSecond, int callsPerSecond) {

  public static final String LOGIN_URL_ENV = "KOTAK_BASE_URL";
  public static final String DEFAULT_LOGIN_URL = "https://mis.kotaksecurities.com";
  /** The SDK's default; order-book calls have been seen to hang for a minute under bursts (KOTAK_NEO §6). */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_LOST_ANSWER_WINDOW = Duration.ofSeconds(60);
  public static final Duration DEFAULT_LOST_ANSWER_INTERVAL = Duration.ofSeconds(5);
  public static final String ORDERS_PER_SECOND_ENV = "KOTAK_ORDERS_PER_SECOND";
  public static final String CALLS_PER_SECOND_ENV = "KOTAK_CALLS_PER_SECOND";
  /** Kotak's published limits (KOTAK_NEO §6). */
  public static final int DEFAULT_ORDERS_PER_SECOND = 10;
  public static final int DEFAULT_CALLS_PER_SECOND = 25;

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
    if (lostAnswerWindow.isNegative() || lostAnswerInterval.isNegative() || lostAnswerInterval.isZero()) {
      throw new IllegalArgumentException("lostAnswerWindow must be >= 0 and lostAnswerInterval > 0");
    }
    if (ordersPerSecond < 1 || callsPerSecond < 1) {
      throw new IllegalArgumentException(ORDERS_PER_SECOND_ENV + " and " + CALLS_PER_SECOND_ENV + " must be >= 1");
    }
    loginUrl = loginUrl.endsWith("/") ? loginUrl.substring(0, loginUrl.length() - 1) : loginUrl;
  }

  /** The default lost-answer search (60 s, a look every 5 s) and rate limits with the given call settings. */
  public KotakSettings(String loginUrl, Duration callTimeout, int readAttempts, Duration readBackoff) {
    this(loginUrl, callTimeout, readAttempts, readBackoff, DEFAULT_LOST_ANSWER_WINDOW, DEFAULT_LOST_ANSWER_INTERVAL,
        DEFAULT_ORDERS_PER_SECOND, DEFAULT_CALLS_PER_SECOND);
  }

  /** Production defaults: the real login host, 30 s calls, 3 read attempts from 500 ms backoff. */
  public static KotakSettings defaults(String loginUrl) {
    return new KotakSettings(loginUrl, DEFAULT_CALL_TIMEOUT, 3, Duration.ofMillis(500));
  }

  /** These settings with another lost-answer search (tests shorten it). */
  public KotakSettings withLostAnswerSearch(Duration window, Duration interval) {
    return new KotakSettings(loginUrl, callTimeout, readAttempts, readBackoff, window, interval, ordersPerSecond,
        callsPerSecond);
  }

  /** These settings with other rate limits per user. */
  public KotakSettings withRateLimits(int orders, int calls) {
    return new KotakSettings(loginUrl, callTimeout, readAttempts, readBackoff, lostAnswerWindow, lostAnswerInterval,
        orders, calls);
  }

  /** How many looks fit the window: counted, not timed, so a stepped test clock cannot stretch the search. */
  public int lostAnswerLooks() {
    return 1 + (int) (lostAnswerWindow.toMillis() / lostAnswerInterval.toMillis());
  }

  /** Defaults with the login host and rate limits taken from the environment when set. */
  public static KotakSettings fromEnvironment(Map<String, String> env) {
    return fromConfig(new JsonObject(new HashMap<>(env)));
  }

  /** Defaults with {@code KOTAK_BASE_URL}, {@code KOTAK_ORDERS_PER_SECOND} and {@code KOTAK_CALLS_PER_SECOND} of the configuration. */
  public static KotakSettings fromConfig(JsonObject config) {
    return defaults(config.getString(LOGIN_URL_ENV, DEFAULT_LOGIN_URL))
        .withRateLimits(number(config, ORDERS_PER_SECOND_ENV, DEFAULT_ORDERS_PER_SECOND),
            number(config, CALLS_PER_SECOND_ENV, DEFAULT_CALLS_PER_SECOND));
  }

  /** YAML gives numbers, the environment strings; blank means the default. */
  private static int number(JsonObject config, String name, int fallback) {
    String value = String.valueOf(config.getValue(name, "")).trim();
    return value.isEmpty() ? fallback : Integer.parseInt(value);
  }
}
