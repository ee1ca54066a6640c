package in.neotrader.verticles.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.engine.TradingEngine;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Defect: a task run's live event had no id and no time, so the task history showed "Ran at —" and the next live
 * row replaced it. The event now carries the run as the task history lists it.
 */
class TaskRunEventTest {

  @Test
  void aFinishedRunsEventNamesItsRowAndItsTime() throws Exception {
    try (EngineFixture fx = new EngineFixture(LocalDate.of(2025, 12, 23).atTime(11, 0))) {
      long trader = fx.createUser("events@x.in");
      CompletableFuture<JsonObject> completed = new CompletableFuture<>();
      fx.vertx.eventBus().<JsonObject>consumer(UserEvents.eventsAddress(trader), m -> {
        if ("task.completed".equals(m.body().getString("type"))) {
          completed.complete(m.body().getJsonObject("data"));
        }
      });
      TradingEngine engine = fx.startEngine("node-a");
      EngineFixture.await(engine.startService(trader));
      EngineFixture.await(fx.vertx.eventBus().request(UserEvents.controlAddress(trader),
          new JsonObject().put("action", "run-task").put("task", "position_monitor")));

      JsonObject run = completed.get(20, TimeUnit.SECONDS);
      List<Row> rows = fx.query("SELECT id, executed_at, status FROM service_task_execution WHERE user_id = $1 "
          + "AND task_name = 'position_monitor'", trader);
      assertThat(rows).hasSize(1);
      assertThat(run.getLong("id")).isEqualTo(rows.get(0).getLong("id"));
      assertThat(run.getString("executedAt")).isEqualTo(rows.get(0).getOffsetDateTime("executed_at").toInstant().toString());
      assertThat(run.getString("status")).isEqualTo("success");
      assertThat(run.getString("task")).isEqualTo("position_monitor");
    }
  }
}
