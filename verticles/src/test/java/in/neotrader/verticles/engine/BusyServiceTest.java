package in.neotrader.verticles.engine;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.broker.Broker;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.trading.TradingVerticle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The rebalance stopped services in the middle of a run (after a database outage, a buy run cut short on one node
 * and run again on the next): a service now says whether a run is queued or in flight, and only idle ones move.
 */
class BusyServiceTest {
  private static final LocalDate TUESDAY = LocalDate.of(2025, 12, 23);

  @Test
  void aServiceIsBusyWhileItsRunWaitsOnTheBrokerAndIdleOnceItEnds() throws Exception {
    try (EngineFixture fx = new EngineFixture(TUESDAY.atTime(11, 0))) {
      long trader = fx.createUser("busy@x.in");
      AtomicBoolean hang = new AtomicBoolean();
      Promise<Void> answer = Promise.promise();
      fx.brokerOverrides.put(trader, broker -> (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(),
          new Class<?>[] {Broker.class}, (proxy, method, args) -> {
            Object result = method.invoke(broker, args);
            // Once told to, every broker call answers only when the test lets it.
            return hang.get() && result instanceof Future<?> later ? answer.future().compose(v -> later) : result;
          }));
      TradingEngine engine = fx.startEngine("node-a");
      EngineFixture.await(engine.startService(trader));
      assertThat(busy(fx, trader)).as("started, nothing running").isFalse();

      hang.set(true);
      EngineFixture.await(fx.vertx.eventBus().request(UserEvents.controlAddress(trader),
          new JsonObject().put("action", "run-task").put("task", "position_monitor")));
      assertThat(busy(fx, trader)).as("its run waits on the broker").isTrue();

      answer.complete();
      long deadline = System.nanoTime() + 10_000_000_000L;
      boolean busy = true;
      while (busy && System.nanoTime() < deadline) {
        Thread.sleep(50);
        busy = busy(fx, trader);
      }
      assertThat(busy).as("idle once the run ended").isFalse();
      assertThat(fx.query("SELECT status FROM service_task_execution WHERE user_id = $1 AND task_name = "
          + "'position_monitor'", trader)).extracting(r -> r.getString("status")).containsExactly("success");
    }
  }

  private static boolean busy(EngineFixture fx, long userId) throws Exception {
    return EngineFixture.await(fx.vertx.eventBus().<JsonObject>request(UserEvents.controlAddress(userId),
        new JsonObject().put("action", TradingVerticle.BUSY))).body().getBoolean("busy");
  }
}
