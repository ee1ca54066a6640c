package in.neotrader.verticles.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.neotrader.core.tasks.TaskSchedule;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No node ran a trader's service for hours (the node died, the cluster was down): the slots that passed were not
 * recorded at all, so the day's history had holes nobody was told of. Now the next start records them failed, one
 * row per task and stretch, naming every slot; hours a trader stopped the service are not called missed.
 */
class MissedSlotsTest {
  private static final LocalDate TUESDAY = LocalDate.of(2025, 12, 23);

  @Test
  void slotsThatPassedWhileNoNodeRanTheServiceAreRecordedFailedAtTheNextStart() throws Exception {
    try (EngineFixture fx = new EngineFixture(TUESDAY.minusDays(1).atTime(8, 0))) {
      long user = fx.createUser("missed@x.in");
      EngineFixture.await(fx.startEngine("node-a").startService(user));
      fx.runUntil(TUESDAY.atTime(10, 0, 30));
      fx.stopEngine();
      fx.runUntil(TUESDAY.atTime(16, 30));
      fx.startEngine("node-a");

      List<Row> missed = fx.query("SELECT task_name, reason, details FROM service_task_execution WHERE user_id = $1 "
          + "AND trading_day = $2 AND details ? 'missedSlots'", user, TUESDAY);
      Map<String, Row> byTask = new HashMap<>();
      missed.forEach(row -> byTask.put(row.getString("task_name"), row));
      assertEquals(Set.of("sell_monitor", "position_monitor", "analysis", "buy_orders"), byTask.keySet(),
          "one row per task with missed slots");
      Row sellMonitor = byTask.get("sell_monitor");
      assertEquals("missed: no node was running the service at 2025-12-23 10:01–15:30 (330 slots)",
          sellMonitor.getString("reason"));
      assertEquals(330, slots(sellMonitor).size());
      assertEquals(List.of("10:30", "11:30", "12:30", "13:30", "14:30", "15:30"),
          slots(byTask.get("position_monitor")).getList());
      assertEquals(List.of("16:05"), slots(byTask.get("buy_orders")).getList());
      assertEquals(4, fx.query("SELECT count(*) FROM service_task_execution WHERE user_id = $1 AND status = 'failed' "
          + "AND trading_day = $2", user, TUESDAY).get(0).getLong(0), "all recorded failed");
      assertTrue(fx.query("SELECT error_count FROM service_status WHERE user_id = $1", user).get(0)
          .getInteger(0) >= 4, "each counted as an error");

      // Every slot of the day up to now has one row: ran, or missed.
      TaskSchedule schedule = TaskSchedule.defaults(fx.calendar);
      for (TradingTask task : List.of(TradingTask.SELL_MONITOR, TradingTask.POSITION_MONITOR, TradingTask.ANALYSIS,
          TradingTask.BUY_ORDERS)) {
        Set<String> accounted = new HashSet<>();
        for (Row row : fx.query("SELECT details FROM service_task_execution WHERE user_id = $1 AND trading_day = $2 "
            + "AND task_name = $3", user, TUESDAY, task.stableName())) {
          JsonObject details = (JsonObject) row.getValue("details");
          JsonArray listed = details.getJsonArray("missedSlots", new JsonArray().add(details.getString("slot")));
          listed.forEach(slot -> assertTrue(accounted.add((String) slot), task + " " + slot + " accounted once"));
        }
        Set<String> planned = new HashSet<>();
        schedule.rule(task).slots().forEach(slot -> planned.add(slot.toString()));
        assertEquals(planned, accounted, task + ": every slot of the day accounted for");
      }

      // A second start records nothing again.
      fx.stopEngine();
      fx.startEngine("node-a");
      assertEquals(4, fx.query("SELECT count(*) FROM service_task_execution WHERE user_id = $1 "
          + "AND details ? 'missedSlots'", user).get(0).getLong(0));
    }
  }

  @Test
  void hoursATraderStoppedTheServiceAreNotCalledMissed() throws Exception {
    try (EngineFixture fx = new EngineFixture(TUESDAY.atTime(8, 0))) {
      long user = fx.createUser("stopped@x.in");
      TradingEngine engine = fx.startEngine("node-a");
      EngineFixture.await(engine.startService(user));
      fx.runUntil(TUESDAY.atTime(10, 0, 30));
      EngineFixture.await(engine.stopService(user));
      fx.runUntil(TUESDAY.atTime(16, 30));
      EngineFixture.await(engine.startService(user));
      assertEquals(0, fx.query("SELECT count(*) FROM service_task_execution WHERE user_id = $1 AND status = 'failed'",
          user).get(0).getLong(0));
      assertTrue(fx.query("SELECT count(*) FROM service_task_execution WHERE user_id = $1 AND task_name = "
          + "'sell_monitor'", user).get(0).getLong(0) > 0, "the service did run before its stop");
    }
  }

  private static JsonArray slots(Row row) {
    return ((JsonObject) row.getValue("details")).getJsonArray("missedSlots");
  }
}
