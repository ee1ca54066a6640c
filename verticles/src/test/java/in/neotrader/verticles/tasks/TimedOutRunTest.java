package in.neotrader.verticles.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.broker.Holding;
import in.neotrader.core.tasks.RunKey;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.session.UserSession;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.testing.LeasedSession;
import in.neotrader.verticles.testing.ScriptedBroker;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A run past its timeout whose broker call answers late: it must act no further (no broker call, no write), and
 * the user's next run must start only once it has stopped, so one user never has two runs at the broker.
 */
class TimedOutRunTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final long TIMEOUT_MILLIS = 200;

  @Test
  void aTimedOutRunIsCancelledAndTheNextRunStartsOnlyOnceItStopped() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(10, 0))) {
      ScriptedBroker scripted = new ScriptedBroker();
      Promise<List<Holding>> lateHoldings = Promise.promise();
      // Holdings answer only once the test says so: the first run hangs there past its timeout.
      Broker broker = (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(), new Class<?>[] {Broker.class},
          (proxy, method, args) -> {
            Object answer = method.invoke(scripted, args);
            return method.getName().equals("holdings") ? lateHoldings.future() : answer;
          });
      UserSession session = LeasedSession.of(fx, "slow@x.in", broker, "paper");
      List<String> steps = new CopyOnWriteArrayList<>();
      // The broker answers once the timed-out run is recorded (its event is the user's first): that run then
      // tries to go on.
      fx.vertx.eventBus().<JsonObject>consumer(UserEvents.eventsAddress(session.userId()),
          m -> lateHoldings.tryComplete(List.of()));
      TaskRecorder recorder = new TaskRecorder(session, new UserEvents(fx.vertx.eventBus()), TIMEOUT_MILLIS,
          in.neotrader.verticles.metrics.EngineMeters.unscraped());

      TaskRunner hanging = run -> run.session().account().broker().holdings()
          .compose(h -> run.session().account().broker().funds())
          .compose(cash -> run.session().mayWrite())
          .compose(v -> {
            steps.add("first run wrote");
            return Future.<Void>succeededFuture();
          })
          .onComplete(ar -> steps.add("first run stopped"));
      TaskRunner next = run -> {
        steps.add("second run started");
        return run.session().account().broker().orderBook().mapEmpty();
      };
      EngineFixture.await(recorder.run(hanging, key(TradingTask.SELL_MONITOR, 10, 0))
          .compose(v -> recorder.run(next, key(TradingTask.POSITION_MONITOR, 10, 1))));

      assertThat(scripted.calls).as("nothing of the first run after its timeout").containsExactly("holdings",
          "orderBook");
      assertThat(steps).containsExactly("first run stopped", "second run started");
      List<Row> rows = fx.query("SELECT status, reason FROM service_task_execution WHERE user_id = $1 "
          + "ORDER BY id", session.userId());
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getString("status")).isEqualTo("failed");
      assertThat(rows.get(0).getString("reason")).startsWith("timed out after 200 ms");
      assertThat(rows.get(1).getString("status")).isEqualTo("success");
    }
  }

  private static RunKey key(TradingTask task, int hour, int minute) {
    return new RunKey(task, MONDAY, LocalTime.of(hour, minute));
  }
}
