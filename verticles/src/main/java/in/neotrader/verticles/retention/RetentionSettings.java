package in.neotrader.verticles.retention;

import in.neotrader.sql.retention.RetentionRepository.Kind;
import io.vertx.core.json.JsonObject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How long each kind of record is kept, in days (environment RETENTION_*_DAYS), and the IST time of the daily
 * sweep (RETENTION_AT). The audit trail is kept longest; refresh tokens count from their expiry.
 */
public record RetentionSettings(Map<Kind, Integer> days, LocalTime at) {
  private static final Map<Kind, String> KEYS = Map.of(Kind.TASK_RUNS, "RETENTION_TASK_RUNS_DAYS",
      Kind.SERVICE_LOGS, "RETENTION_LOGS_DAYS", Kind.REFRESH_TOKENS, "RETENTION_REFRESH_TOKENS_DAYS",
      Kind.DELIVERED_NOTIFICATIONS, "RETENTION_NOTIFICATIONS_DAYS", Kind.AUDIT, "RETENTION_AUDIT_DAYS");
  private static final Map<Kind, Integer> DEFAULTS = Map.of(Kind.TASK_RUNS, 90, Kind.SERVICE_LOGS, 30,
      Kind.REFRESH_TOKENS, 7, Kind.DELIVERED_NOTIFICATIONS, 30, Kind.AUDIT, 3650);
  /** Today's and yesterday's task runs decide what still runs: never fewer days than this. */
  private static final int MIN_DAYS = 2;

  public static final List<String> CONFIG_KEYS = List.of("RETENTION_TASK_RUNS_DAYS", "RETENTION_LOGS_DAYS",
      "RETENTION_REFRESH_TOKENS_DAYS", "RETENTION_NOTIFICATIONS_DAYS", "RETENTION_AUDIT_DAYS", "RETENTION_AT");

  /** Fails with IllegalArgumentException naming the key of a bad value. */
  public static RetentionSettings fromConfig(JsonObject config) {
    Map<Kind, Integer> days = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      String key = KEYS.get(kind);
      String raw = String.valueOf(config.getValue(key, "")).trim();
      if (raw.isEmpty()) {
        days.put(kind, DEFAULTS.get(kind));
      } else if (raw.matches("[0-9]{1,5}") && Integer.parseInt(raw) >= MIN_DAYS) {
        days.put(kind, Integer.parseInt(raw));
      } else {
        throw new IllegalArgumentException(key + " must be a number of days from " + MIN_DAYS + " to 99999, got '"
            + raw + "'");
      }
    }
    String at = String.valueOf(config.getValue("RETENTION_AT", "")).trim();
    try {
      return new RetentionSettings(days, at.isEmpty() ? LocalTime.of(2, 30) : LocalTime.parse(at));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("RETENTION_AT must be an IST time such as 02:30, got '" + at + "'");
    }
  }
}
