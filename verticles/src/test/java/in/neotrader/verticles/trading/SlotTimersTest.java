package in.neotrader.verticles.trading;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.clock.SimulatedClock;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.verticles.engine.TradingEngine;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.testing.SteppedTimers;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every user armed a timer per task (70,000 timers for 10,000 users): the node now holds one per (task, slot) and
 * fans it out to the users due then, a bounded number at a time, each user still on its own schedule.
 */
class SlotTimersTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void usersDueAtTheSameSlotShareOneTimerAndAUsersOwnTimeIsKept() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(16, 3))) {
      List<Long> users = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        users.add(fx.createUser("slot" + i + "@x.in"));
      }
      long late = users.get(0);
      fx.query("INSERT INTO user_trading_config (user_id, task_schedule) VALUES ($1, '{\"buy_orders\": {\"at\": "
          + "\"16:10\"}}'::jsonb) ON CONFLICT (user_id) DO UPDATE SET task_schedule = EXCLUDED.task_schedule", late);
      TradingEngine engine = fx.startEngine("node-a");
      for (long user : users) {
        EngineFixture.await(engine.startService(user));
      }
      assertThat(fx.timers.armed()).as("one timer per task for the 29 on the defaults, one more for 16:10")
          .isEqualTo(TradingTask.values().length + 1);

      fx.runUntil(MONDAY.atTime(16, 12));
      var runs = fx.query("SELECT user_id, executed_at FROM service_task_execution WHERE task_name = 'buy_orders' "
          + "AND status = 'success'");
      assertThat(runs).hasSize(users.size());
      for (var run : runs) {
        LocalTime at = run.getOffsetDateTime("executed_at").atZoneSameInstant(TradingClock.IST).toLocalTime();
        assertThat(at).as("user %d", run.getLong("user_id"))
            .isEqualTo(run.getLong("user_id") == late ? LocalTime.of(16, 10) : LocalTime.of(16, 5));
      }
    }
  }

  @Test
  void aFiredSlotRunsABoundedNumberOfUsersAtOnceAndTheRestWaitTheirTurn() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      Instant start = MONDAY.atTime(16, 0).atZone(TradingClock.IST).toInstant();
      SimulatedClock clock = SimulatedClock.frozenAt(start);
      SteppedTimers stepped = new SteppedTimers(clock);
      SlotTimers slots = new SlotTimers(stepped, 3);
      Instant at = start.plusSeconds(300);
      AtomicInteger started = new AtomicInteger();
      List<Promise<Void>> runs = new ArrayList<>();
      List<Long> ids = new ArrayList<>();
      // Armed on a context, as a trading verticle arms its tasks.
      CompletableFuture<Void> armed = new CompletableFuture<>();
      vertx.getOrCreateContext().runOnContext(v -> {
        for (int i = 0; i < 10; i++) {
          Promise<Void> run = Promise.promise();
          runs.add(run);
          ids.add(slots.schedule(clock, at, 0, () -> {
            started.incrementAndGet();
            return run.future();
          }));
        }
        armed.complete(null);
      });
      armed.get(10, TimeUnit.SECONDS);
      assertThat(stepped.armed()).isEqualTo(1);

      CompletableFuture<Void> stepping = CompletableFuture.runAsync(() -> {
        try {
          stepped.runUntil(at);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      awaitCount(started, 3);
      Thread.sleep(100);
      assertThat(started.get()).as("three at once").isEqualTo(3);
      assertThat(ids.stream().filter(slots::waiting)).as("the other seven wait their turn").hasSize(7);

      slots.cancel(ids.get(9));
      runs.get(0).complete();
      awaitCount(started, 4);
      for (Promise<Void> run : runs) {
        run.tryComplete();
      }
      stepping.get(10, TimeUnit.SECONDS);
      assertThat(started.get()).as("all but the one cancelled while waiting").isEqualTo(9);
      assertThat(slots.slotsArmed()).isZero();
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aSlotStillFiresForTheOthersWhenTheUserWhoArmedItStops() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      TradingClock clock = new SimulatedClock(Instant.now(), 1.0);
      SlotTimers slots = new SlotTimers(VertxTaskTimers.outlivingVerticles(vertx), SlotTimers.IN_FLIGHT);
      Instant at = clock.now().plus(Duration.ofMillis(500));
      CountDownLatch fired = new CountDownLatch(1);
      String first = await(vertx.deployVerticle(new Arming(slots, clock, at, () -> {})));
      await(vertx.deployVerticle(new Arming(slots, clock, at, fired::countDown)));
      await(vertx.undeploy(first));

      assertThat(fired.await(5, TimeUnit.SECONDS)).as("the second user's run at the shared slot").isTrue();
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  /** A verticle that arms one action at {@code at}, as a trading verticle arms its tasks. */
  private static final class Arming extends VerticleBase {
    private final SlotTimers slots;
    private final TradingClock clock;
    private final Instant at;
    private final Runnable action;

    Arming(SlotTimers slots, TradingClock clock, Instant at, Runnable action) {
      this.slots = slots;
      this.clock = clock;
      this.at = at;
      this.action = action;
    }

    @Override
    public Future<?> start() {
      slots.schedule(clock, at, 0, () -> {
        action.run();
        return Future.succeededFuture();
      });
      return Future.succeededFuture();
    }
  }

  private static void awaitCount(AtomicInteger count, int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (count.get() < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(count.get()).isGreaterThanOrEqualTo(atLeast);
  }

  private static <T> T await(Future<T> future) throws Exception {
    return EngineFixture.await(future);
  }
}
