package in.neotrader.verticles.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.testing.FailingBroker;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** User B's broker fails on every call; A and C trade exactly as they do when B is not running at all. */
class BrokerFailureIsolationTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final String TRADES = "SELECT o.client_order_id, o.status, o.quantity, o.average_fill_price, "
      + "o.price FROM orders o WHERE o.user_id = $1 ORDER BY o.client_order_id";
  private static final String RUNS = "SELECT task_name, trading_day, executed_at, status FROM service_task_execution "
      + "WHERE user_id = $1 ORDER BY executed_at, task_name";

  @Test
  void aFailingBrokerOfOneUserLeavesTheOthersUntouched() throws Exception {
    List<List<String>> alone = run(false);
    List<List<String>> withB = run(true);
    assertEquals(alone, withB);
  }

  /** Trades and runs of A and C, from a run of two and a half days; B runs (and fails) only when asked. */
  private List<List<String>> run(boolean startB) throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(8, 0))) {
      long a = fx.createUser("a@x.in");
      long b = fx.createUser("b@x.in");
      long c = fx.createUser("c@x.in");
      fx.brokerOverrides.put(b, broker -> new FailingBroker());
      TradingEngine engine = fx.startEngine("node-a");
      EngineFixture.await(engine.startService(a));
      if (startB) {
        EngineFixture.await(engine.startService(b));
      }
      EngineFixture.await(engine.startService(c));
      fx.runUntil(LocalDateTime.of(2025, 12, 24, 12, 0));
      if (startB) {
        long failed = fx.query("SELECT count(*) FROM service_task_execution WHERE user_id = $1 AND status = 'failed'",
            b).get(0).getLong(0);
        // Every run that reaches the broker fails: the pre-market check and the buys each day.
        assertTrue(failed >= 4, "B's broker-bound tasks fail: " + failed);
        assertEquals(failed, fx.query("SELECT error_count FROM service_status WHERE user_id = $1", b).get(0)
            .getInteger(0).longValue());
        assertEquals(0, fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND status NOT IN ('FAILED', 'NEW')",
            b).get(0).getLong(0));
      }
      return List.of(rows(fx, TRADES, a), rows(fx, TRADES, c), rows(fx, RUNS, a), rows(fx, RUNS, c));
    }
  }

  private static List<String> rows(EngineFixture fx, String sql, long user) throws Exception {
    return fx.query(sql, user).stream().map(Row::deepToString).toList();
  }
}
