package in.neotrader.verticles.tasks;

import in.neotrader.core.tasks.TradingTask;
import java.util.EnumMap;
import java.util.Map;

/** Which runner does which task. */
public final class TaskRunners {

  private TaskRunners() {}

  public static Map<TradingTask, TaskRunner> standard() {
    Map<TradingTask, TaskRunner> runners = new EnumMap<>(TradingTask.class);
    runners.put(TradingTask.READINESS_CHECK, new ReadinessCheck());
    runners.put(TradingTask.PREMARKET_RETRY, new PremarketCheck());
    runners.put(TradingTask.SELL_ORDERS, new SellAtEma9Target());
    runners.put(TradingTask.SELL_MONITOR, new LowerSellToEma9());
    runners.put(TradingTask.POSITION_MONITOR, new PositionAlerts());
    runners.put(TradingTask.ANALYSIS, new DailyAnalysis());
    runners.put(TradingTask.BUY_ORDERS, AmoBuyOrders.afterAnalysis());
    runners.put(TradingTask.EOD_CLEANUP, new EndOfDayCleanup());
    return runners;
  }
}
