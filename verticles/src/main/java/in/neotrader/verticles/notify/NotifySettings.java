package in.neotrader.verticles.notify;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;

/**
 * How notifications are delivered: TELEGRAM_API_URL (tests point it at a local fake), the outbox poll, the retry
 * back-off (doubling from NOTIFY_RETRY_MIN_MS up to NOTIFY_RETRY_MAX_MS, never giving up: a receiver down for hours
 * gets every message once it is back, in order) and Telegram's one message per second per chat.
 */
public record NotifySettings(String telegramUrl, Duration poll, Duration retryMin, Duration retryMax,
    Duration telegramGap, Duration callTimeout) {

  public static final String DEFAULT_TELEGRAM_URL = "https://api.telegram.org";
  /** The operator's settings of notifications, read from the environment too. */
  public static final List<String> KEYS = List.of("TELEGRAM_API_URL", "NOTIFY_POLL_MS", "NOTIFY_RETRY_MIN_MS",
      "NOTIFY_RETRY_MAX_MS", "NOTIFY_ALLOW_PRIVATE_WEBHOOKS");

  public static NotifySettings fromConfig(JsonObject config) {
    String url = config.getString("TELEGRAM_API_URL", DEFAULT_TELEGRAM_URL);
    return new NotifySettings(url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
        millis(config, "NOTIFY_POLL_MS", 1_000), millis(config, "NOTIFY_RETRY_MIN_MS", 2_000),
        millis(config, "NOTIFY_RETRY_MAX_MS", 300_000), Duration.ofSeconds(1), Duration.ofSeconds(10));
  }

  /** The pause before attempt {@code attempts + 1}. */
  public Duration backoff(int attempts) {
    long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
    return Duration.ofMillis(Math.min(retryMax.toMillis(), retryMin.toMillis() * factor));
  }

  private static Duration millis(JsonObject config, String name, long fallback) {
    Object v = config.getValue(name);
    long value = v == null || String.valueOf(v).isBlank() ? fallback : Long.parseLong(String.valueOf(v).trim());
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be a positive number of milliseconds, not " + v);
    }
    return Duration.ofMillis(value);
  }
}
