package in.neotrader.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskScheduleTest {

  private final TaskSchedule schedule = TaskSchedule.defaults(NseCalendar.bundled());

  private static Instant ist(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(TradingClock.IST).toInstant();
  }

  @Test
  void theTasksHaveTheirStableNames() {
    assertThat(TradingTask.values()).extracting(TradingTask::stableName).containsExactly(
        "readiness_check", "premarket_retry", "sell_orders", "sell_monitor", "position_monitor", "analysis", "buy_orders",
        "eod_cleanup");
  }

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource({
      "readiness_check,  2025-03-03T08:45:00, run",
      "readiness_check,  2025-03-03T08:49:59, run",
      "readiness_check,  2025-03-03T08:50:00, outside_window",
      "readiness_check,  2025-03-08T08:45:00, weekend",
      "premarket_retry,  2025-03-03T09:00:00, run",
      "premarket_retry,  2025-03-03T09:01:59, run",
      "premarket_retry,  2025-03-03T09:02:00, outside_window",
      "premarket_retry,  2025-03-03T08:59:59, outside_window",
      "sell_orders,      2025-03-03T09:15:00, run",
      "sell_orders,      2025-03-03T11:47:00, run",
      "sell_orders,      2025-03-03T15:31:00, outside_window",
      "sell_monitor,     2025-03-03T09:15:30, run",
      "sell_monitor,     2025-03-03T15:30:00, run",
      "sell_monitor,     2025-03-03T15:31:00, outside_window",
      "position_monitor, 2025-03-03T10:30:10, run",
      "position_monitor, 2025-03-03T10:45:00, outside_window",
      "position_monitor, 2025-03-03T15:30:00, run",
      "analysis,         2025-03-03T16:00:00, run",
      "buy_orders,       2025-03-03T16:05:00, run",
      "buy_orders,       2025-03-03T16:08:00, outside_window",
      "eod_cleanup,      2025-03-03T18:00:00, run",
      "buy_orders,       2025-03-08T16:05:00, weekend",
      "buy_orders,       2025-03-14T16:05:00, holiday",
      "buy_orders,       2025-02-01T16:05:00, run",
  })
  void decidesFromCalendarAndWindow(String task, String at, String expected) {
    RunDecision d = schedule.decide(TradingTask.byStableName(task).orElseThrow(), ist(at), RunHistory.NONE);
    String actual = d instanceof RunDecision.Skip skip ? skip.reason().code() : "run";
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void aOnceADayTaskIsKeyedOnTaskAndTradingDay() {
    RunDecision d = schedule.decide(TradingTask.BUY_ORDERS, ist("2025-03-03T16:06:00"), RunHistory.NONE);
    assertThat(d).isEqualTo(new RunDecision.Run(
        new RunKey(TradingTask.BUY_ORDERS, LocalDate.parse("2025-03-03"), LocalTime.of(16, 5))));
  }

  @Test
  void aTaskThatAlreadyRanTodayIsSkippedButRunsAgainTomorrow() {
    Set<RunKey> ran = new HashSet<>();
    RunDecision first = schedule.decide(TradingTask.SELL_ORDERS, ist("2025-03-03T09:15:00"), ran::contains);
    ran.add(((RunDecision.Run) first).key());

    RunDecision again = schedule.decide(TradingTask.SELL_ORDERS, ist("2025-03-03T09:40:00"), ran::contains);
    RunDecision tomorrow = schedule.decide(TradingTask.SELL_ORDERS, ist("2025-03-04T09:15:00"), ran::contains);

    assertThat(again).isInstanceOfSatisfying(RunDecision.Skip.class,
        s -> assertThat(s.reason()).isEqualTo(RunDecision.SkipReason.ALREADY_RAN));
    assertThat(tomorrow).isInstanceOf(RunDecision.Run.class);
  }

  @Test
  void sellMonitorHasOneKeyPerMinute() {
    RunDecision d = schedule.decide(TradingTask.SELL_MONITOR, ist("2025-03-03T10:07:42"), RunHistory.NONE);
    assertThat(((RunDecision.Run) d).key().slot()).isEqualTo(LocalTime.of(10, 7));
  }

  @ParameterizedTest(name = "{0} after {1} -> {2}")
  @CsvSource({
      "buy_orders,       2025-03-03T12:00:00, 2025-03-03T16:05:00",
      "buy_orders,       2025-03-03T16:06:00, 2025-03-03T16:06:00",
      "buy_orders,       2025-03-03T16:07:00, 2025-03-04T16:05:00",
      "buy_orders,       2025-03-13T17:00:00, 2025-03-17T16:05:00",
      "premarket_retry,  2025-04-17T10:00:00, 2025-04-21T09:00:00",
      "position_monitor, 2025-03-03T10:31:00, 2025-03-03T11:30:00",
      "position_monitor, 2025-03-03T15:31:00, 2025-03-04T09:30:00",
      "sell_monitor,     2025-03-03T09:15:30, 2025-03-03T09:15:30",
      "sell_monitor,     2025-03-07T15:31:00, 2025-03-10T09:15:00",
  })
  void nextRunIsTheNextPlannedSlotOnATradingDay(String task, String from, String expected) {
    Instant next = schedule.nextRun(TradingTask.byStableName(task).orElseThrow(), ist(from), RunHistory.NONE);
    assertThat(next).isEqualTo(ist(expected));
  }

  @Test
  void nextRunSkipsAWindowThatAlreadyRan() {
    RunKey today = new RunKey(TradingTask.SELL_ORDERS, LocalDate.parse("2025-03-03"), LocalTime.of(9, 15));
    Instant next = schedule.nextRun(TradingTask.SELL_ORDERS, ist("2025-03-03T09:20:00"), today::equals);
    assertThat(next).isEqualTo(ist("2025-03-04T09:15:00"));
  }

  @Test
  void aUserOverrideMovesATask() {
    TaskSchedule mine = TaskSchedule.forUser(NseCalendar.bundled(), new JsonObject()
        .put("buy_orders", new JsonObject().put("at", "16:10"))
        .put("sell_monitor", new JsonObject().put("everyMinutes", 5).put("from", "09:15").put("to", "15:30")));

    assertThat(mine.nextRun(TradingTask.BUY_ORDERS, ist("2025-03-03T12:00:00"), RunHistory.NONE))
        .isEqualTo(ist("2025-03-03T16:10:00"));
    assertThat(mine.nextRun(TradingTask.SELL_MONITOR, ist("2025-03-03T09:16:00"), RunHistory.NONE))
        .isEqualTo(ist("2025-03-03T09:20:00"));
    assertThat(mine.rule(TradingTask.ANALYSIS)).isEqualTo(TradingTask.ANALYSIS.defaultRule());
    assertThat(mine.toJson().getJsonObject("buy_orders").getString("at")).isEqualTo("16:10");
  }
}
