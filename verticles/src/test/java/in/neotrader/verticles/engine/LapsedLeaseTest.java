package in.neotrader.verticles.engine;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lease that ran out with no other node taking it (an outage, a heartbeat late) refused the fenced writes of a run
 * due before the next heartbeat: the 16:05 buy run was recorded failed, "lease no longer held", and placed nothing
 * that day. The run now renews the lease and runs again; a lease another node took still fails the run.
 */
class LapsedLeaseTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void aRunDueAfterTheLeaseRanOutRenewsItAndPlacesItsOrders() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(15, 59))) {
      long user = fx.createUser("lapsed@x.in");
      // No heartbeat inside the test: the 1 s lease runs out before the runs.
      EngineFixture.await(fx.startEngine("node-a", 600_000, 1).startService(user));
      Thread.sleep(1_500);
      fx.runUntil(MONDAY.atTime(16, 5));
      assertThat(outcomes(fx, user, "buy_orders")).containsExactly("success null");
      assertThat(buyOrders(fx, user)).as("the buy run placed its orders").isPositive();
    }
  }

  @Test
  void aLeaseAnotherNodeTookStillFailsTheRunAndPlacesNothing() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(15, 59))) {
      long user = fx.createUser("taken@x.in");
      EngineFixture.await(fx.startEngine("node-a", 600_000, 1).startService(user));
      fx.runUntil(MONDAY.atTime(16, 0));
      Thread.sleep(1_500);
      fx.query("UPDATE service_status SET lease_epoch = lease_epoch + 1, owner_node = 'node-b', "
          + "lease_until = now() + interval '1 hour' WHERE user_id = $1", user);
      fx.runUntil(MONDAY.atTime(16, 5));
      assertThat(outcomes(fx, user, "buy_orders")).singleElement().asString()
          .startsWith("failed Lease epoch 1 of user " + user + " is no longer held");
      assertThat(buyOrders(fx, user)).isZero();
    }
  }

  private static long buyOrders(EngineFixture fx, long user) throws Exception {
    return fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND task = 'buy_orders'", user).get(0).getLong(0);
  }

  private static List<String> outcomes(EngineFixture fx, long user, String task) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (true) {
      List<Row> rows = fx.query("SELECT status, reason FROM service_task_execution WHERE user_id = $1 "
          + "AND task_name = $2 AND trading_day = $3", user, task, MONDAY);
      if (!rows.isEmpty() || System.nanoTime() > deadline) {
        return rows.stream().map(r -> r.getString("status") + " " + r.getString("reason")).toList();
      }
      Thread.sleep(50);
    }
  }
}
