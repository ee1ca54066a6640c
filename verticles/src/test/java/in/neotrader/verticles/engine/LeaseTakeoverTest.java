package in.neotrader.verticles.engine;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.testing.EngineFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Failover was silent: a node taking a user whose lease another node let expire now says so and counts it. */
class LeaseTakeoverTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void aUserLeftByADeadNodeIsTakenOverOnTheNextHeartbeatLoggedAndCounted() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(11, 0))) {
      TradingEngine engine = fx.startEngine("node-b");
      long user = fx.createUser("orphan@x.in");
      // node-a ran the user and died: its lease ran out five seconds ago.
      fx.query("INSERT INTO service_status (user_id, service_running, node_id, owner_node, lease_until, lease_epoch)"
          + " VALUES ($1, true, 'node-a', 'node-a', now() - interval '5 seconds', 3)", user);
      assertThat(fx.meters.counter("trading.lease.takeovers").count()).isZero();

      long deadline = System.nanoTime() + 20_000_000_000L;
      while (engine.runningHere() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }

      assertThat(engine.runningHere()).isEqualTo(1);
      assertThat(fx.query("SELECT owner_node, lease_epoch FROM service_status WHERE user_id = $1", user).get(0)
          .toJson().encode()).contains("\"owner_node\":\"node-b\"").contains("\"lease_epoch\":4");
      assertThat(fx.meters.counter("trading.lease.takeovers").count()).isEqualTo(1.0);
      assertThat(fx.meters.get("trading.services.here").gauge().value()).isEqualTo(1.0);
    }
  }
}
