package in.neotrader.verticles.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import in.neotrader.core.broker.Broker;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A stop while a task hangs on the broker: the run is recorded failed after the grace period, no timer survives. */
class StopDuringTaskTest {

  @Test
  void stoppingDuringATaskLeavesNoTimerRunning() throws Exception {
    try (EngineFixture fx = new EngineFixture(LocalDate.of(2025, 12, 22).atTime(10, 0, 30))) {
      long user = fx.createUser("a@x.in");
      // Holdings never answer: premarket_retry hangs in flight.
      fx.brokerOverrides.put(user, real -> (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(),
          new Class<?>[] {Broker.class}, (proxy, method, args) -> method.getName().equals("holdings")
              ? Promise.promise().future() : method.invoke(real, args)));
      TradingEngine engine = fx.startEngine("node-a");
      EngineFixture.await(engine.startService(user));
      EngineFixture.await(fx.vertx.eventBus().request("trading.user." + user + ".control",
          new JsonObject().put("action", "run-task").put("task", "premarket_retry")));
      EngineFixture.await(engine.stopService(user));

      assertEquals("service stopped before the task finished", fx.query("SELECT reason FROM service_task_execution "
          + "WHERE user_id = $1 AND status = 'failed'", user).get(0).getString(0));
      long rows = fx.query("SELECT count(*) FROM service_task_execution WHERE user_id = $1", user).get(0).getLong(0);
      assertEquals(0, fx.timers.armed());
      fx.runUntil(LocalDateTime.of(2025, 12, 23, 18, 30));
      assertEquals(rows, fx.query("SELECT count(*) FROM service_task_execution WHERE user_id = $1", user).get(0)
          .getLong(0), "no run after the stop");
      assertEquals(Boolean.FALSE, fx.query("SELECT service_running FROM service_status WHERE user_id = $1", user)
          .get(0).getBoolean(0));
    }
  }
}
