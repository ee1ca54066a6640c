package in.neotrader.core.tasks;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The per-user schedule of the seven tasks on the NSE calendar. */
public final class TaskSchedule {

  /** Scan limit for the next run; longer than any run of NSE holidays plus weekends. */
  private static final int MAX_DAYS_AHEAD = 30;

  private final NseCalendar calendar;
  private final Map<TradingTask, ScheduleRule> rules;

  public TaskSchedule(NseCalendar calendar, Map<TradingTask, ScheduleRule> overrides) {
    this.calendar = calendar;
    EnumMap<TradingTask, ScheduleRule> all = new EnumMap<>(TradingTask.class);
    for (TradingTask t : TradingTask.values()) {
      all.put(t, overrides.getOrDefault(t, t.defaultRule()));
    }
    this.rules = all;
  }

  public static TaskSchedule defaults(NseCalendar calendar) {
    return new TaskSchedule(calendar, Map.of());
  }

  /**
   * The schedule with a user's {@code task_schedule} JSON applied (null means the defaults).
   *
   * @throws TaskScheduleException listing every invalid field
   */
  public static TaskSchedule forUser(NseCalendar calendar, JsonObject taskSchedule) {
    return new TaskSchedule(calendar, TaskScheduleJson.parse(taskSchedule));
  }

  public ScheduleRule rule(TradingTask task) {
    return rules.get(task);
  }

  /** Whether {@code task} may run at {@code now}, and under which key. */
  public RunDecision decide(TradingTask task, Instant now, RunHistory history) {
    ZonedDateTime ist = now.atZone(TradingClock.IST);
    LocalDate day = ist.toLocalDate();
    if (!calendar.isTradingDay(day)) {
      Optional<String> holiday = calendar.holidayName(day);
      return holiday.isPresent()
          ? new RunDecision.Skip(RunDecision.SkipReason.HOLIDAY, day + " is an NSE holiday: " + holiday.get())
          : new RunDecision.Skip(RunDecision.SkipReason.WEEKEND, day + " is a " + day.getDayOfWeek());
    }
    ScheduleRule rule = rules.get(task);
    Optional<LocalTime> slot = rule.slotAt(ist.toLocalTime());
    if (slot.isEmpty()) {
      return new RunDecision.Skip(RunDecision.SkipReason.OUTSIDE_WINDOW,
          ist.toLocalTime() + " is outside " + task + " " + rule.toJson().encode());
    }
    RunKey key = new RunKey(task, day, slot.get());
    if (history.hasRun(key)) {
      return new RunDecision.Skip(RunDecision.SkipReason.ALREADY_RAN,
          task + " already ran for " + day + " " + slot.get());
    }
    return new RunDecision.Run(key);
  }

  /**
   * The first instant at or after {@code from} at which {@code task} should run: {@code from}
   * itself when it falls inside a window that has not run yet, else the next planned slot.
   */
  public Instant nextRun(TradingTask task, Instant from, RunHistory history) {
    if (decide(task, from, history) instanceof RunDecision.Run) {
      return from;
    }
    ZonedDateTime start = from.atZone(TradingClock.IST);
    ScheduleRule rule = rules.get(task);
    for (int i = 0; i <= MAX_DAYS_AHEAD; i++) {
      LocalDate day = start.toLocalDate().plusDays(i);
      if (!calendar.isTradingDay(day)) {
        continue;
      }
      for (LocalTime slot : rule.slots()) {
        Instant at = day.atTime(slot).atZone(TradingClock.IST).toInstant();
        if (at.isAfter(from) && !history.hasRun(new RunKey(task, day, slot))) {
          return at;
        }
      }
    }
    throw new IllegalStateException("no run of " + task + " within " + MAX_DAYS_AHEAD + " days of " + from);
  }

  /** The user's effective schedule, every task included, as stored and shown. */
  public JsonObject toJson() {
    JsonObject out = new JsonObject();
    rules.forEach((task, rule) -> out.put(task.stableName(), rule.toJson()));
    return out;
  }
}
