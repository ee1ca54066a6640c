package in.neotrader.verticles.marketdata.ingest;

import in.neotrader.verticles.broker.kotak.KotakSettings;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The ingest's configuration. Every outside URL is overridable (tests point them at local fakes):
 * {@code NSE_ARCHIVES_URL} (UDiFF files, from 2024-07-08), {@code NSE_ARCHIVES_LEGACY_URL} (the old format),
 * {@code YAHOO_CHART_URL}, {@code KOTAK_BASE_URL} with {@code KOTAK_CONSUMER_KEY} (the scrip master; skipped
 * without a key). Files are cached under {@code DATA_DIR/market-data/cache}. The daily ingest tries from
 * {@code INGEST_FROM} (IST, default 16:15) every {@code INGEST_RETRY_MINUTES} (10) until {@code INGEST_UNTIL} (22:00).
 * Live quotes ({@code QUOTES_URL}, the Yahoo chart API by default) are fetched once per symbol per
 * {@code QUOTE_TTL_MILLIS} (15 000) for the node and used as prices while at most {@code QUOTE_MAX_AGE_MILLIS}
 * (120 000) old.
 */
public record MarketDataSettings(String nseArchivesUrl, String nseLegacyUrl, String yahooChartUrl, String kotakBaseUrl,
    Optional<String> kotakConsumerKey, Path cacheDir, LocalTime ingestFrom, LocalTime ingestUntil,
    Duration retryEvery, int fetchAttempts, Duration fetchBackoff, String quotesUrl, Duration quoteTtl,
    Duration quoteMaxAge) {

  /** The configuration names this class reads, for the server's environment list. */
  public static final List<String> KEYS = List.of("NSE_ARCHIVES_URL", "NSE_ARCHIVES_LEGACY_URL", "YAHOO_CHART_URL",
      "KOTAK_CONSUMER_KEY", "INGEST_FROM", "INGEST_UNTIL", "INGEST_RETRY_MINUTES", "FETCH_ATTEMPTS",
      "FETCH_BACKOFF_MILLIS", "MARKET_DATA_INGEST", "QUOTES_URL", "QUOTE_TTL_MILLIS", "QUOTE_MAX_AGE_MILLIS");

  public static MarketDataSettings fromConfig(JsonObject config) {
    String key = config.getString("KOTAK_CONSUMER_KEY", "");
    String yahoo = trimSlash(config.getString("YAHOO_CHART_URL", "https://query1.finance.yahoo.com/v8/finance/chart"));
    return new MarketDataSettings(
        trimSlash(config.getString("NSE_ARCHIVES_URL", "https://nsearchives.nseindia.com")),
        trimSlash(config.getString("NSE_ARCHIVES_LEGACY_URL", "https://archives.nseindia.com")),
        yahoo,
        trimSlash(config.getString(KotakSettings.LOGIN_URL_ENV, KotakSettings.DEFAULT_LOGIN_URL)),
        key.isBlank() ? Optional.empty() : Optional.of(key.trim()),
        Path.of(config.getString("DATA_DIR", "./data")).toAbsolutePath().normalize().resolve("market-data")
            .resolve("cache"),
        LocalTime.parse(config.getString("INGEST_FROM", "16:15")),
        LocalTime.parse(config.getString("INGEST_UNTIL", "22:00")),
        Duration.ofMinutes(number(config, "INGEST_RETRY_MINUTES", 10)),
        (int) number(config, "FETCH_ATTEMPTS", 4),
        Duration.ofMillis(number(config, "FETCH_BACKOFF_MILLIS", 2_000)),
        trimSlash(config.getString("QUOTES_URL", yahoo)),
        Duration.ofMillis(number(config, "QUOTE_TTL_MILLIS", 15_000)),
        Duration.ofMillis(number(config, "QUOTE_MAX_AGE_MILLIS", 120_000)));
  }

  private static long number(JsonObject config, String name, long fallback) {
    Object v = config.getValue(name);
    if (v == null || String.valueOf(v).isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(String.valueOf(v).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
    }
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
