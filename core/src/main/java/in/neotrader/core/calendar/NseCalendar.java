package in.neotrader.core.calendar;

import in.neotrader.core.clock.TradingClock;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * NSE equity trading days: Monday to Friday, minus published holidays, plus special sessions
 * (a Budget Saturday, a Muhurat Sunday) that an operator chooses to trade.
 */
public final class NseCalendar {

  /** Start of the NSE equity session (IST): REGULAR orders trade from here. */
  public static final LocalTime SESSION_OPEN = LocalTime.of(9, 15);
  /** End of the NSE equity session (IST); orders placed later are after-market orders for the next session. */
  public static final LocalTime SESSION_CLOSE = LocalTime.of(15, 30);

  /** Classpath copy of {@code config/nse-holidays.json}. */
  public static final String RESOURCE = "/nse-holidays.json";

  /** A scan this long without a trading day means the data is broken, not that markets closed. */
  private static final int MAX_SCAN_DAYS = 60;

  private final Map<LocalDate, String> holidays;
  private final Map<LocalDate, String> specialSessions;

  public NseCalendar(Map<LocalDate, String> holidays, Map<LocalDate, String> specialSessions) {
    this.holidays = Map.copyOf(holidays);
    this.specialSessions = Map.copyOf(specialSessions);
  }

  /** Weekends only, for tests and for years without data. */
  public static NseCalendar weekendsOnly() {
    return new NseCalendar(Map.of(), Map.of());
  }

  /** The calendar bundled in the jar. */
  public static NseCalendar bundled() {
    try (InputStream in = NseCalendar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static NseCalendar load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday calendar " + file, e);
    }
  }

  public static NseCalendar load(InputStream in) throws IOException {
    JsonObject json = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    return new NseCalendar(dates(json, "holidays"), dates(json, "specialSessions"));
  }

  /** This calendar plus extra special sessions (operator configuration). */
  public NseCalendar withSpecialSessions(Map<LocalDate, String> extra) {
    Map<LocalDate, String> all = new HashMap<>(specialSessions);
    all.putAll(extra);
    return new NseCalendar(holidays, all);
  }

  public boolean isTradingDay(LocalDate day) {
    if (specialSessions.containsKey(day)) {
      return true;
    }
    return !isWeekend(day) && !holidays.containsKey(day);
  }

  /** Whether REGULAR orders trade at {@code ist}: a trading day, 09:15 to before 15:30. */
  public boolean isSessionOpen(ZonedDateTime ist) {
    LocalTime t = ist.withZoneSameInstant(TradingClock.IST).toLocalTime();
    return isTradingDay(ist.withZoneSameInstant(TradingClock.IST).toLocalDate()) && !t.isBefore(SESSION_OPEN)
        && t.isBefore(SESSION_CLOSE);
  }

  public static boolean isWeekend(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  /** The holiday's name when {@code day} is a listed holiday without a special session. */
  public Optional<String> holidayName(LocalDate day) {
    return specialSessions.containsKey(day) ? Optional.empty() : Optional.ofNullable(holidays.get(day));
  }

  public Optional<String> specialSessionName(LocalDate day) {
    return Optional.ofNullable(specialSessions.get(day));
  }

  /** The first trading day strictly after {@code day}. */
  public LocalDate nextTradingDay(LocalDate day) {
    return scan(day, 1);
  }

  /** The last trading day strictly before {@code day}. */
  public LocalDate previousTradingDay(LocalDate day) {
    return scan(day, -1);
  }

  private LocalDate scan(LocalDate from, int step) {
    LocalDate d = from;
    for (int i = 0; i < MAX_SCAN_DAYS; i++) {
      d = d.plusDays(step);
      if (isTradingDay(d)) {
        return d;
      }
    }
    throw new IllegalStateException("no trading day within " + MAX_SCAN_DAYS + " days of " + from);
  }

  private static Map<LocalDate, String> dates(JsonObject json, String field) {
    Map<LocalDate, String> out = new HashMap<>();
    JsonArray entries = json.getJsonArray(field, new JsonArray());
    for (int i = 0; i < entries.size(); i++) {
      JsonObject e = entries.getJsonObject(i);
      String date = e.getString("date");
      try {
        out.put(LocalDate.parse(date), e.getString("name", ""));
      } catch (DateTimeParseException | NullPointerException ex) {
        throw new IllegalArgumentException(field + "[" + i + "].date: '" + date + "' is not an ISO date");
      }
    }
    return out;
  }
}
