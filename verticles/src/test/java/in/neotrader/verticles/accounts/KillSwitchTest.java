package in.neotrader.verticles.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.risk.HaltLevel;
import in.neotrader.sql.risk.TradingHaltRepository;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.trading.TradingVerticle;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The kill switch against the Kotak fake, on two engines sharing one event bus (the user trades on whichever took
 * the lease): set in the middle of the 16:05 burst it stops the burst, no placement reaches Kotak after the switch
 * is acknowledged, the unsent intents are closed with its reason and the run is recorded skipped; it holds through
 * a restart, and cancels the open orders when asked.
 */
class KillSwitchTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void aSwitchSetMidBurstStopsItAndNothingIsSentAfterTheAcknowledgement() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      long user = b.brokerUser("halt@x.in", BrokerModeFixture.ACCOUNT);
      b.fake.setCash(new BigDecimal("5000000"));
      b.fake.faults().latency(FakeEndpoint.PLACE, Duration.ofMillis(150));
      b.fx.startEngine("node-a");
      var nodeB = b.fx.startEngine("node-b");
      EngineFixture.await(nodeB.startService(user));

      CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> {
        try {
          b.fx.runUntil(MONDAY.atTime(16, 10));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (b.fake.calls(FakeEndpoint.PLACE) < 2 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(b.fake.calls(FakeEndpoint.PLACE)).as("the burst started").isGreaterThanOrEqualTo(2);
      EngineFixture.await(new TradingHaltRepository(b.fx.pool).set(Optional.of(user), HaltLevel.USER,
          "stop everything", false, Optional.of(user), b.fx.clock.now()));
      EngineFixture.await(b.fx.vertx.eventBus().request(UserEvents.controlAddress(user), new JsonObject()
          .put("action", TradingVerticle.HALT).put("reason", "kill switch (set by the trader): stop everything")));
      int arrivedAtAck = b.fake.calls(FakeEndpoint.PLACE);
      burst.get();

      long intents = b.fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND side = 'BUY'", user).get(0)
          .getLong(0);
      // The one placement already on its way when the switch was set may still arrive; none after it.
      assertThat(b.fake.calls(FakeEndpoint.PLACE)).isBetween(arrivedAtAck, arrivedAtAck + 1);
      assertThat(intents).as("the burst was stopped mid-way").isGreaterThan(b.fake.calls(FakeEndpoint.PLACE));
      assertThat(b.fx.query("SELECT status_reason FROM orders WHERE user_id = $1 AND status = 'FAILED'", user))
          .isNotEmpty().allSatisfy(r -> assertThat(r.getString(0)).isEqualTo(
              "not sent: kill switch (set by the trader): stop everything"));
      assertThat(b.fx.query("SELECT status, reason FROM service_task_execution WHERE user_id = $1 "
          + "AND task_name = 'buy_orders'", user).get(0).toJson())
          .isEqualTo(new JsonObject().put("status", "skipped").put("reason",
              "kill switch (set by the trader): stop everything"));
    }
  }

  @Test
  void aStoredSwitchHoldsThroughARestartAndCancelsTheOpenOrdersWhenAsked() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      long user = b.brokerUser("cancel@x.in", BrokerModeFixture.ACCOUNT);
      b.fake.setCash(new BigDecimal("5000000"));
      var engine = b.fx.startEngine("node-a");
      EngineFixture.await(engine.startService(user));
      b.fx.runUntil(MONDAY.atTime(16, 10));
      long pending = b.fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND status = 'AMO_PENDING'", user)
          .get(0).getLong(0);
      assertThat(pending).isPositive();

      EngineFixture.await(new TradingHaltRepository(b.fx.pool).set(Optional.of(user), HaltLevel.ADMIN,
          "account under review", true, Optional.empty(), b.fx.clock.now()));
      EngineFixture.await(b.fx.vertx.eventBus().request(UserEvents.controlAddress(user), new JsonObject()
          .put("action", TradingVerticle.HALT).put("reason", "kill switch (set by an admin): account under review")
          .put("cancelOpenOrders", true)));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (b.fake.calls(FakeEndpoint.CANCEL) < pending && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(b.fake.calls(FakeEndpoint.CANCEL)).isEqualTo((int) pending);
      b.fx.stopEngine();
      int placed = b.fake.placements();

      EngineFixture.await(b.fx.startEngine("node-a").startService(user));
      b.fx.runUntil(MONDAY.plusDays(1).atTime(16, 10));

      assertThat(b.fake.placements()).as("no order after the restart while the switch is stored").isEqualTo(placed);
      assertThat(b.fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND status = 'CANCELLED'", user).get(0)
          .getLong(0)).isEqualTo(pending);
      assertThat(b.fx.query("SELECT reason FROM service_task_execution WHERE user_id = $1 AND task_name = "
          + "'buy_orders' AND status = 'skipped' AND trading_day = $2", user, MONDAY.plusDays(1)).get(0).getString(0))
          .isEqualTo("kill switch (set by an admin): account under review");
    }
  }
}
