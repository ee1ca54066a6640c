package in.neotrader.verticles.engine;

import static in.neotrader.verticles.testing.EngineFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.tasks.RunDecision;
import in.neotrader.core.tasks.RunHistory;
import in.neotrader.core.tasks.TaskSchedule;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.secrets.EncryptedSecret;
import in.neotrader.sql.service.ServiceStatus;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.sql.settings.TradeMode;
import in.neotrader.sql.settings.TradingProfileRepository;
import in.neotrader.sql.settings.UserSettingsRepository;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.sql.users.Role;
import in.neotrader.sql.users.UserRepository;
import in.neotrader.verticles.demo.DemoTrader;
import in.neotrader.verticles.events.UserEvents;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine as the server starts it: the demo's accelerated clock is the demo trader's alone. */
class UserClocksEngineTest {

  private final Vertx vertx = Vertx.vertx();
  private final Pool pool = TestDatabase.create().pool(vertx, 4);
  private final NseCalendar calendar = NseCalendar.bundled();
  private TradingEngine engine;

  @AfterEach
  void close() throws Exception {
    if (engine != null) {
      await(engine.stop());
    }
    await(pool.close());
    await(vertx.close());
  }

  @Test
  void theDemoClockDoesNotMoveAnotherUsersSchedule() throws Exception {
    engine = await(TradingEngine.start(vertx, pool, config("real"), true));
    long demo = await(DemoTrader.existing(pool)).orElseThrow().id();
    long trader = await(new UserRepository(pool).create("trader@x.in", "not-a-real-hash", Role.TRADER)).id();

    Instant before = Instant.now();
    await(engine.startService(trader));
    Map<String, String> next = nextRuns(trader);
    Instant after = Instant.now();

    TaskSchedule schedule = TaskSchedule.forUser(calendar, TradingConfig.fromJson(
        await(new TradingProfileRepository(pool).load(trader)).orElseThrow().tradingConfig()).taskSchedule());
    for (TradingTask task : TradingTask.values()) {
      Instant shown = Instant.parse(next.get(task.stableName()));
      if (schedule.decide(task, before, RunHistory.NONE) instanceof RunDecision.Run due) {
        // Inside the task's window by the wall clock (market hours): due now, or already run and due next.
        RunHistory ranNow = due.key()::equals;
        assertThat(shown).as("%s is due by the wall clock", task.stableName())
            .satisfiesAnyOf(at -> assertThat(at).isBetween(before, after),
                at -> assertThat(at).isEqualTo(schedule.nextRun(task, after, ranNow)));
      } else {
        assertThat(shown.toString()).as("%s is due by the wall clock", task.stableName())
            .isIn(schedule.nextRun(task, before, RunHistory.NONE).toString(),
                schedule.nextRun(task, after, RunHistory.NONE).toString());
      }
    }
    // The demo's day passes 600 times faster: its 16:00 analysis is recorded within seconds of the start.
    assertThat(executionsSoon(demo)).isPositive();
  }

  @Test
  void aBrokerStartOnASimulatedClockIsRefusedAndTheServiceStaysStopped() throws Exception {
    engine = await(TradingEngine.start(vertx, pool, config("simulated:60").put("DEMO", "false"), false));
    long trader = await(new UserRepository(pool).create("broker@x.in", "not-a-real-hash", Role.TRADER)).id();
    toBrokerMode(trader);

    assertThatThrownBy(() -> await(engine.startService(trader))).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(ReplyException.class)
        .hasMessage("broker mode needs the real clock (CLOCK=real); this server runs a simulated clock")
        .satisfies(e -> assertThat(((ReplyException) e).failureCode()).isEqualTo(409));

    ServiceStatus status = await(new ServiceStatusRepository(pool).find(trader)).orElseThrow();
    assertThat(status.running()).isFalse();
    assertThat(status.lastError()).startsWith("broker mode needs the real clock");
    assertThat(engine.runningHere()).isZero();
  }

  @Test
  void theDemoTraderCannotTradeWithTheBrokerOnItsAcceleratedClock() throws Exception {
    engine = await(TradingEngine.start(vertx, pool, config("real"), true));
    long demo = await(DemoTrader.existing(pool)).orElseThrow().id();
    await(engine.stopService(demo));
    toBrokerMode(demo);

    assertThatThrownBy(() -> await(engine.startService(demo))).cause()
        .hasMessage("broker mode needs the real clock (CLOCK=real); this user (the demo trader) runs an "
            + "accelerated clock");
    assertThat(await(new ServiceStatusRepository(pool).find(demo)).orElseThrow().running()).isFalse();
  }

  @Test
  void afterARestartTheDemoResumesOnItsOwnClock() throws Exception {
    engine = await(TradingEngine.start(vertx, pool, config("real"), true));
    long demo = await(DemoTrader.existing(pool)).orElseThrow().id();
    await(engine.stop());
    long before = executions(demo);

    Instant demoDay = DemoTrader.clock(calendar).now();
    engine = await(TradingEngine.start(vertx, pool, config("real"), false));

    // On the real clock nothing would be due within seconds; on the demo's a day passes in under a minute.
    // (Whether the wall clock's next run differs depends on the hour this runs, so the window is what is checked.)
    assertThat(engine.runningHere()).isEqualTo(1);
    Instant demoNext = Instant.parse(nextRuns(demo).values().stream().min(String::compareTo).orElseThrow());
    assertThat(demoNext).as("the demo's next run is in its own day: from 15:50 IST of the latest trading day")
        .isBetween(demoDay, demoDay.plus(Duration.ofHours(6)));
    assertThat(executionsSoon(demo, before)).isGreaterThan(before);
  }

  /** Broker mode with sealed credentials the refused start never opens. */
  private void toBrokerMode(long userId) throws Exception {
    UserSettingsRepository settings = new UserSettingsRepository(pool);
    await(settings.saveBrokerCredentials(userId, new EncryptedSecret(new byte[] {1, 2, 3}, "k1"), Instant.now()));
    await(settings.setTradeMode(userId, TradeMode.BROKER, Instant.now()));
  }

  private JsonObject config(String clock) {
    return new JsonObject().put("CLOCK", clock).put("NODE_ID", "node-a").put("HEARTBEAT_MILLIS", 60_000);
  }

  private Map<String, String> nextRuns(long userId) throws Exception {
    JsonObject status = await(vertx.eventBus().<JsonObject>request(UserEvents.controlAddress(userId),
        new JsonObject().put("action", "status"))).body();
    Map<String, String> next = new HashMap<>();
    status.getJsonArray("tasks").forEach(t -> next.put(((JsonObject) t).getString("name"),
        ((JsonObject) t).getString("nextRunAt")));
    return next;
  }

  private long executions(long userId) throws Exception {
    return await(pool.preparedQuery("SELECT count(*) FROM service_task_execution WHERE user_id = $1")
        .execute(Tuple.of(userId))).iterator().next().getLong(0);
  }

  private long executionsSoon(long userId) throws Exception {
    return executionsSoon(userId, 0);
  }

  /** The demo's clock is a wall-time one (600x): wait for its runs as its timers fire, for at most 30 s. */
  private long executionsSoon(long userId, long moreThan) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    long count = executions(userId);
    while (count <= moreThan && System.nanoTime() < deadline) {
      Thread.sleep(100);
      count = executions(userId);
    }
    return count;
  }
}
