package in.neotrader.migration.normalise;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Legacy timestamps: Python ISO local time (micros omitted when zero), the broker's
 * {@code 13-Nov-2025 16:05:19}, rarely with Z or an offset. Naive values are in the host zone
 * (IST for the legacy host); zoned values keep their instant.
 */
public final class Timestamps {
  public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  private static final DateTimeFormatter ISO_LOCAL = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter BROKER = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendPattern("dd-MMM-yyyy HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter(Locale.ENGLISH);
  private static final DateTimeFormatter ISO_ZONED = new DateTimeFormatterBuilder()
      .append(ISO_LOCAL)
      .appendOffset("+HH:MM", "Z")
      .toFormatter(Locale.ROOT);

  private final ZoneId hostZone;

  public Timestamps(ZoneId hostZone) {
    this.hostZone = hostZone;
  }

  public ZoneId hostZone() {
    return hostZone;
  }

  /** The instant of a legacy timestamp, or empty when no known format matches. */
  public Optional<Instant> instant(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.trim();
    for (DateTimeFormatter local : new DateTimeFormatter[] {ISO_LOCAL, BROKER}) {
      try {
        return Optional.of(LocalDateTime.parse(s, local).atZone(hostZone).toInstant());
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    try {
      return Optional.of(OffsetDateTime.parse(s.replace("+0530", "+05:30"), ISO_ZONED).toInstant());
    } catch (DateTimeParseException ignored) {
      // maybe a bare trading date
    }
    return tradingDate(s).map(d -> d.atStartOfDay(hostZone).toInstant());
  }

  /** A bare date ({@code 2025-10-31}) is a trading date in the host zone. */
  public Optional<LocalDate> tradingDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** The IST calendar date of an instant: signals and P&L rows are keyed by it. */
  public static LocalDate istDate(Instant instant) {
    return instant.atZone(IST).toLocalDate();
  }

  /** The legacy writing form (Python isoformat in the host zone), used by the export of new rows. */
  public String legacyText(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, hostZone);
    return local.getNano() == 0 ? local.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
        : local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS"));
  }
}
