package in.neotrader.verticles.engine;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task whose timer fired while PostgreSQL was unreachable vanished: no run row, no log line, no error count, no
 * retry in its window. Now it runs once the database is back inside its window, or is recorded failed after it.
 */
class DatabaseOutageTaskTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void aRunDueDuringAnOutageRunsWhenTheDatabaseReturnsInsideItsWindowElseIsRecordedFailed() throws Exception {
    try (EngineFixture fx = EngineFixture.behindCuttableProxy(MONDAY.atTime(15, 59))) {
      long user = fx.createUser("outage@x.in");
      TradingEngine engine = fx.startEngine("node-a");
      EngineFixture.await(engine.startService(user));

      // The 16:00 analysis fires with the database gone; it comes back inside the analysis window (frozen clock).
      fx.proxy.cut();
      fx.runUntil(MONDAY.atTime(16, 0));
      Thread.sleep(500); // a few retries fail meanwhile
      fx.proxy.restore();
      List<Row> analysis = untilRecorded(fx, user, "analysis");
      assertThat(analysis).hasSize(1);
      assertThat(analysis.get(0).getString("status")).isEqualTo("success");

      // The 16:05 buy run fires with the database gone and stays gone past its window: recorded failed once back.
      fx.proxy.cut();
      fx.runUntil(MONDAY.atTime(16, 5));
      fx.runUntil(MONDAY.atTime(16, 30));
      Thread.sleep(300);
      fx.proxy.restore();
      List<Row> buys = untilRecorded(fx, user, "buy_orders");
      assertThat(buys).hasSize(1);
      assertThat(buys.get(0).getString("status")).isEqualTo("failed");
      assertThat(buys.get(0).getString("reason")).isEqualTo("database unavailable");
      assertThat(fx.query("SELECT count(*) FROM orders WHERE user_id = $1", user).get(0).getLong(0))
          .as("no order from a run that never ran").isZero();
      assertThat(fx.query("SELECT error_count FROM service_status WHERE user_id = $1", user).get(0).getInteger(0))
          .isPositive();
      assertThat(fx.query("SELECT message FROM service_logs WHERE user_id = $1 AND level = 'ERROR'", user))
          .extracting(r -> r.getString(0)).anySatisfy(m -> assertThat(m).contains("buy_orders failed: database unavailable"));
      Thread.sleep(300);
      assertThat(untilRecorded(fx, user, "buy_orders")).as("recorded once, not on every retry").hasSize(1);
    }
  }

  /**
   * An outage longer than the lease let it run out with no node taking it; the buy run retried when the database
   * returned had its fenced order writes refused ("lease epoch no longer held") before the next heartbeat renewed
   * the lease, and was recorded failed with no order placed. The retry now renews the lease first.
   */
  @Test
  void aRunRetriedAfterAnOutageLongerThanTheLeasePlacesItsOrders() throws Exception {
    try (EngineFixture fx = EngineFixture.behindCuttableProxy(MONDAY.atTime(15, 59))) {
      long user = fx.createUser("long-outage@x.in");
      // No heartbeat inside the test: only the retry itself can renew the 1 s lease.
      TradingEngine engine = fx.startEngine("node-a", 600_000, 1);
      EngineFixture.await(engine.startService(user));
      fx.runUntil(MONDAY.atTime(16, 0));
      assertThat(untilRecorded(fx, user, "analysis")).extracting(r -> r.getString("status")).containsExactly("success");

      fx.proxy.cut();
      fx.runUntil(MONDAY.atTime(16, 5));
      Thread.sleep(2_500); // the 1 s lease runs out while the buy run waits for the database
      fx.proxy.restore();
      List<Row> buys = untilRecorded(fx, user, "buy_orders");
      assertThat(buys).extracting(r -> r.getString("status") + " " + r.getString("reason")).containsExactly("success null");
      assertThat(fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND task = 'buy_orders'", user).get(0)
          .getLong(0)).as("the retried run placed its buys").isPositive();
    }
  }

  /**
   * The outage cut the connection after a run's record was committed but before its answer came back: the run
   * waited for the database and ran again, a second row for the slot (the fault test saw it for the 16:04 analysis
   * under load). A retry now looks for the record first.
   */
  @Test
  void aRunWhoseRecordWasWrittenBeforeTheOutageLostTheAnswerIsNotRunAgain() throws Exception {
    try (EngineFixture fx = EngineFixture.behindCuttableProxy(MONDAY.atTime(15, 59))) {
      long user = fx.createUser("lost-answer@x.in");
      EngineFixture.await(fx.startEngine("node-a").startService(user));
      fx.runUntil(MONDAY.atTime(16, 0));
      assertThat(untilRecorded(fx, user, "analysis")).hasSize(1);

      fx.proxy.cut();
      fx.runUntil(MONDAY.atTime(16, 5));
      Thread.sleep(300); // the buy run fails and waits for the database
      // What the lost answer had written: the run's own record, straight to the database behind the proxy.
      io.vertx.sqlclient.Pool direct = fx.database.pool(fx.vertx, 1);
      EngineFixture.await(direct.preparedQuery("INSERT INTO service_task_execution (user_id, task_name, trading_day,"
          + " executed_at, status, duration_seconds, details, node_id) VALUES ($1, 'buy_orders', $2, now(), 'success',"
          + " 1, '{\"slot\": \"16:05\"}', 'node-a')").execute(io.vertx.sqlclient.Tuple.of(user, MONDAY)));
      EngineFixture.await(direct.close());
      fx.proxy.restore();
      Thread.sleep(1_500); // several retry periods
      assertThat(untilRecorded(fx, user, "buy_orders")).as("one row for the slot").hasSize(1);
      assertThat(fx.query("SELECT count(*) FROM orders WHERE user_id = $1", user).get(0).getLong(0))
          .as("the slot's work not done a second time").isZero();
    }
  }

  private static List<Row> untilRecorded(EngineFixture fx, long user, String task) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (true) {
      List<Row> rows = fx.query("SELECT status, reason FROM service_task_execution WHERE user_id = $1 AND task_name = $2"
          + " AND trading_day = $3", user, task, MONDAY);
      if (!rows.isEmpty() || System.nanoTime() > deadline) {
        return rows;
      }
      Thread.sleep(50);
    }
  }
}
