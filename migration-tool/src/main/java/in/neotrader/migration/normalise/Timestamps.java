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
    LocalDateTime plain = pythonIso(s);
    if (plain != null) {
      return Optional.of(plain.atZone(hostZone).toInstant());
    }
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

  /**
   * The normal form of every file ({@code 2025-11-13T16:05:19[.604117]}) read directly: the
   * formatters' optional sections cost more than the rest of a record's parsing. Null for any
   * other form, which the formatters then try.
   */
  private static LocalDateTime pythonIso(String s) {
    int n = s.length();
    if (n != 19 && (n < 21 || n > 29 || s.charAt(19) != '.')) {
      return null;
    }
    if (s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ') || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    int fraction = n == 19 ? 0 : digits(s, 20, n);
    if ((year | month | day | hour | minute | second | fraction) < 0) {
      return null;
    }
    for (int i = n; i < 29; i++) {
      fraction *= 10; // ".6" is 600 ms: scale the fraction to nanoseconds
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, n == 19 ? 0 : fraction);
    } catch (java.time.DateTimeException e) {
      return null; // a 31st of November: the formatters give the same verdict with their message
    }
  }

  /** The number written by the digits in [from, to), or -1 when any is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
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
