package in.neotrader.verticles.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Row;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The node stops mid-day and starts again: services resume, open orders are reconciled, nothing is placed twice. */
class RestartRecoveryTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void servicesResumeAfterARestartWithoutPlacingAnyOrderTwice() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(8, 0))) {
      long a = fx.createUser("a@x.in");
      long b = fx.createUser("b@x.in");
      TradingEngine first = fx.startEngine("node-a");
      EngineFixture.await(first.startService(a));
      EngineFixture.await(first.startService(b));
      fx.runUntil(LocalDateTime.of(2025, 12, 23, 11, 0));
      fx.stopEngine();
      assertEquals(0, fx.timers.armed(), "a stopped engine leaves no timer armed");

      // A crash between writing an intent and sending it leaves a NEW order behind.
      fx.query("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, order_type, variety, status, "
          + "task, trading_day, placed_at, source) VALUES ($1, 'crashed-intent', 'ITC', 'BUY', 1, 'MARKET', 'AMO', "
          + "'NEW', 'buy_orders', '2025-12-23', now(), 'paper')", a);
      long openBefore = fx.query("SELECT count(*) FROM orders WHERE status IN ('AMO_PENDING', 'OPEN')").get(0).getLong(0);
      TradingEngine second = fx.startEngine("node-a");
      assertEquals(2, second.runningHere(), "both running users resumed");
      assertEquals("FAILED", fx.query("SELECT status FROM orders WHERE client_order_id = 'crashed-intent'").get(0)
          .getString(0), "an intent the broker never saw is closed, not sent");

      fx.runUntil(LocalDateTime.of(2025, 12, 24, 18, 30));
      assertEquals(0, fx.query("SELECT count(*) FROM (SELECT user_id, trading_day, symbol, side, task FROM orders "
          + "WHERE task <> 'buy_orders' OR true GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1) d").get(0).getLong(0),
          "no intent placed twice");
      assertEquals(0, fx.query("SELECT count(*) FROM (SELECT user_id, trading_day, task_name, "
          + "details->>'slot' FROM service_task_execution WHERE status <> 'skipped' GROUP BY 1, 2, 3, 4 "
          + "HAVING count(*) > 1) d").get(0).getLong(0), "no run repeated after the restart");
      assertTrue(openBefore >= 0);
      assertEquals(0, fx.query("SELECT count(*) FROM orders WHERE status = 'NEW'").get(0).getLong(0));
      assertTrue(fx.query("SELECT count(*) FROM service_task_execution WHERE trading_day = '2025-12-24' "
          + "AND task_name = 'eod_cleanup' AND status = 'success'").get(0).getLong(0) == 2);
    }
  }

  /**
   * Stopped between writing the 09:15 sell intents and hearing back: the intents were closed FAILED at the restart
   * and the positions had no sell order all day. Inside sell_orders' window they are now sent, each once.
   */
  @Test
  void sellIntentsLeftUnansweredByAStopAreSentOnceAfterTheRestartInsideTheirWindow() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(8, 0))) {
      long user = fx.createUser("unsent@x.in");
      // The first engine's broker never answers a sell: the run stops with its sell intents written, not answered.
      fx.brokerOverrides.put(user, real -> (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(),
          new Class<?>[] {Broker.class}, (proxy, method, args) -> method.getName().equals("placeOrder")
              && ((OrderRequest) args[0]).side() == OrderSide.SELL ? Promise.promise().future() : method.invoke(real, args)));
      TradingEngine first = fx.startEngine("node-a");
      EngineFixture.await(first.startService(user));
      fx.runUntil(LocalDateTime.of(2025, 12, 23, 9, 14));
      CompletableFuture.runAsync(() -> {
        try {
          fx.runUntil(LocalDateTime.of(2025, 12, 23, 9, 15));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      List<Row> unanswered = until(fx, "SELECT symbol FROM orders WHERE user_id = $1 AND side = 'SELL' AND status = 'NEW'",
          user);
      assertTrue(unanswered.size() >= 2, "sell intents written and waiting: " + unanswered.size());
      fx.stopEngine();
      // (The stepper still waits out the hung run's timeouts in the background; nothing else steps the clock.)
      fx.brokerOverrides.remove(user);

      fx.startEngine("node-a");
      List<Row> sells = fx.query("SELECT symbol, status, count(*) OVER (PARTITION BY symbol) AS n FROM orders "
          + "WHERE user_id = $1 AND side = 'SELL' AND trading_day = '2025-12-23'", user);
      assertEquals(unanswered.size(), sells.size(), "one sell per position, none twice");
      for (Row sell : sells) {
        assertEquals(1L, sell.getLong("n"));
        assertEquals("OPEN", sell.getString("status"), sell.getString("symbol") + " has its working sell");
      }
      assertEquals(0, fx.query("SELECT count(*) FROM orders WHERE status = 'NEW'").get(0).getLong(0));
    }
  }

  private static List<Row> until(EngineFixture fx, String sql, long user) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    List<Row> rows = fx.query(sql, user);
    while (rows.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
      rows = fx.query(sql, user);
    }
    return rows;
  }
}
