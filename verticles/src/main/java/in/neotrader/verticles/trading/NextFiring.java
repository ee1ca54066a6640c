package in.neotrader.verticles.trading;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.tasks.RunHistory;
import in.neotrader.core.tasks.TaskSchedule;
import in.neotrader.core.tasks.TradingTask;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When a task's timer fires next: its next run on a trading day, or the first slot of a weekend or holiday
 * before that, so each closed day leaves one "skipped" row per task with its reason.
 */
public final class NextFiring {

  private NextFiring() {}

  public static Instant after(TaskSchedule schedule, NseCalendar calendar, TradingTask task, Instant from,
      RunHistory history) {
    Instant nextRun = schedule.nextRun(task, from, history);
    LocalDate day = from.atZone(TradingClock.IST).toLocalDate();
    for (; !day.atStartOfDay(TradingClock.IST).toInstant().isAfter(nextRun); day = day.plusDays(1)) {
      if (calendar.isTradingDay(day)) {
        continue;
      }
      Instant closedSlot = day.atTime(schedule.rule(task).slots().get(0)).atZone(TradingClock.IST).toInstant();
      if (closedSlot.isAfter(from) && closedSlot.isBefore(nextRun)) {
        return closedSlot;
      }
    }
    return nextRun;
  }
}
