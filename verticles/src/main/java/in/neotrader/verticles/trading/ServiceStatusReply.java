package in.neotrader.verticles.trading;

import in.neotrader.core.calendar.MarketSession;
import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.tasks.RunHistory;
import in.neotrader.core.tasks.TaskSchedule;
import in.neotrader.core.tasks.TradingTask;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A service's answer to "status": each task's next run on the user's clock and schedule (not the next timer: on a
 * closed day the timer fires only to record a skip, which a trader would not call a run), and the market session on
 * the user's own clock (simulated for the demo), which the web layer does not have.
 */
final class ServiceStatusReply {
  private ServiceStatusReply() {
  }

  static JsonObject of(long userId, boolean running, String nodeId, TradingClock clock, NseCalendar calendar,
      TaskSchedule schedule, RunHistory history) {
    Instant now = clock.now();
    JsonArray tasks = new JsonArray();
    for (TradingTask task : TradingTask.values()) {
      tasks.add(new JsonObject().put("name", task.stableName())
          .put("nextRunAt", schedule.nextRun(task, now, history).toString()));
    }
    JsonObject market = new JsonObject().put("now", now.toString())
        .put("session", MarketSession.at(calendar, clock.nowIst()).stored());
    return new JsonObject().put("userId", userId).put("running", running).put("node", nodeId)
        .put("tasks", tasks).put("market", market);
  }
}
