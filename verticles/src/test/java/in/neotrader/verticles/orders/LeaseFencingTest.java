package in.neotrader.verticles.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.errors.LeaseLost;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.testing.LeasedSession;
import in.neotrader.verticles.testing.ScriptedBroker;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * A node whose lease on a user moved to another node books nothing more for that user: no order move, no fill,
 * no position; the node holding the lease books the same fill.
 */
class LeaseFencingTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void afterAnotherNodeTookTheLeaseTheOldNodesPendingMovesAndFillsChangeNothing() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(16, 5))) {
      UserSession nodeA = LeasedSession.of(fx, "fenced@x.in", new ScriptedBroker(), "paper");
      long user = nodeA.userId();
      ClientOrderId id = ClientOrderId.of(user, MONDAY, TradingTask.BUY_ORDERS, "INFY", OrderSide.BUY, 1);
      EngineFixture.await(new OrderPlacer(nodeA).place(OrderRequest.amoLimitBuy(id, "INFY-EQ", 10,
          new BigDecimal("1520.00")), TradingTask.BUY_ORDERS, new JsonObject(), new PendingEvents()));
      Order placed = EngineFixture.await(new OrderRepository(fx.pool).findByClientOrderId(user, id.value()))
          .orElseThrow();

      // Node A stalls past its lease; node B claims the user under the next epoch.
      EngineFixture.await(fx.pool.preparedQuery("UPDATE service_status SET lease_until = now() - interval '1 second' "
          + "WHERE user_id = $1").execute(io.vertx.sqlclient.Tuple.of(user)));
      long epochB = EngineFixture.await(new ServiceStatusRepository(fx.pool).tryClaim(user, "node-b", 30))
          .orElseThrow();
      assertThat(epochB).isGreaterThan(nodeA.leaseEpoch());

      FillBooking staleBooking = new FillBooking(nodeA);
      PendingEvents events = new PendingEvents();
      assertLeaseLost(() -> EngineFixture.await(staleBooking.apply(placed, filled(), events)));
      assertLeaseLost(() -> EngineFixture.await(staleBooking.apply(placed,
          new OrderReconciliation.Move(OrderState.OPEN, 0, null, null, null), events)));

      assertThat(book(fx, user)).containsExactly("AMO_PENDING 0", "fills 0", "positions 0");
      assertThat(events.count("order.filled") + events.count("order.updated")).isZero();

      UserSession nodeB = new UserSession(user, epochB, "node-b", fx.vertx, fx.pool, fx.clock, fx.calendar,
          nodeA.config(), nodeA.account());
      assertThat(EngineFixture.await(new FillBooking(nodeB).apply(placed, filled(), new PendingEvents()))).isTrue();
      assertThat(book(fx, user)).containsExactly("FILLED 10", "fills 1", "positions 1");
    }
  }

  private static OrderReconciliation.Move filled() {
    return new OrderReconciliation.Move(OrderState.FILLED, 10, new BigDecimal("1500.00"), "B-1", null);
  }

  private static void assertLeaseLost(org.junit.jupiter.api.function.Executable write) {
    ExecutionException failed = assertThrows(ExecutionException.class, write);
    assertThat(failed.getCause()).isInstanceOf(LeaseLost.class);
  }

  private static List<String> book(EngineFixture fx, long user) throws Exception {
    var order = fx.query("SELECT status, filled_quantity FROM orders WHERE user_id = $1", user).get(0);
    long fills = fx.query("SELECT count(*) FROM fills WHERE user_id = $1", user).get(0).getLong(0);
    long positions = fx.query("SELECT count(*) FROM positions WHERE user_id = $1", user).get(0).getLong(0);
    return List.of(order.getString(0) + " " + order.getInteger(1), "fills " + fills, "positions " + positions);
  }
}
