package in.neotrader.core.tasks;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * The daily tasks with their stable names and default IST schedules: the legacy seven (TRADING_RULES §2) and the
 * service's pre-open readiness check.
 */
public enum TradingTask {
  READINESS_CHECK("readiness_check", new ScheduleRule.At(LocalTime.of(8, 45), 5)),
  PREMARKET_RETRY("premarket_retry", new ScheduleRule.At(LocalTime.of(9, 0), 2)),
  SELL_ORDERS("sell_orders", new ScheduleRule.OnceInWindow(LocalTime.of(9, 15), LocalTime.of(15, 30))),
  SELL_MONITOR("sell_monitor", new ScheduleRule.Every(1, LocalTime.of(9, 15), LocalTime.of(15, 30))),
  POSITION_MONITOR("position_monitor", new ScheduleRule.Every(60, LocalTime.of(9, 30), LocalTime.of(15, 30))),
  ANALYSIS("analysis", new ScheduleRule.At(LocalTime.of(16, 0), 2)),
  BUY_ORDERS("buy_orders", new ScheduleRule.At(LocalTime.of(16, 5), 2)),
  EOD_CLEANUP("eod_cleanup", new ScheduleRule.At(LocalTime.of(18, 0), 2));

  private final String stableName;
  private final ScheduleRule defaultRule;

  TradingTask(String stableName, ScheduleRule defaultRule) {
    this.stableName = stableName;
    this.defaultRule = defaultRule;
  }

  /** The name stored in the database and shown in logs and events. */
  public String stableName() {
    return stableName;
  }

  public ScheduleRule defaultRule() {
    return defaultRule;
  }

  /** The stable names in schedule order, for messages that list the choices. */
  public static String stableNames() {
    return String.join(", ", Arrays.stream(values()).map(TradingTask::stableName).toList());
  }

  public static Optional<TradingTask> byStableName(String name) {
    return Arrays.stream(values()).filter(t -> t.stableName.equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return stableName;
  }
}
