package in.neotrader.verticles.orders;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.errors.InvalidValue;
import in.neotrader.sql.errors.LeaseLost;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.paper.PaperAccountRepository;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.testing.LeasedSession;
import in.neotrader.verticles.testing.ScriptedBroker;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Many users' fills in one transaction book what each user's own transaction would: a user whose lease moved
 * writes nothing, a user whose fill is refused fails alone, and the others are booked to the paisa.
 */
class FillTransactionsTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final BigDecimal CAPITAL = new BigDecimal("100000");

  @Test
  void usersBookedTogetherGetWhatEachWouldAloneAndOnesFailureStaysItsOwn() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(9, 15))) {
      UserSession together = trader(fx, "together@x.in");
      UserSession alone = trader(fx, "alone@x.in");
      UserSession stale = trader(fx, "stale@x.in");
      UserSession overselling = trader(fx, "oversell@x.in");
      Order buy = placeBuy(fx, together, "INFY", 10);
      Order sameBuyAlone = placeBuy(fx, alone, "INFY", 10);
      Order staleBuy = placeBuy(fx, stale, "TCS", 5);
      EngineFixture.await(new PositionRepository(fx.pool).openOrIncrease(overselling.userId(), "SBIN", "NSE", 10,
          new BigDecimal("800"), BigDecimal.ZERO, fx.clock.now()));
      Order sell = placeSell(fx, overselling, "SBIN", 20);

      EngineFixture.await(fx.pool.preparedQuery("UPDATE service_status SET lease_until = now() - interval '1 second' "
          + "WHERE user_id = $1").execute(Tuple.of(stale.userId())));
      EngineFixture.await(new ServiceStatusRepository(fx.pool).tryClaim(stale.userId(), "node-b", 30));

      List<Future<FillTransactions.Booked>> answers = EngineFixture.await(FillTransactions.bookTogether(fx.pool,
          List.of(prepared(together, buy, filled(10, "1500.00")), prepared(stale, staleBuy, filled(5, "3400.00")),
              prepared(overselling, sell, filled(20, "810.00")))));
      assertThat(EngineFixture.await(new FillBooking(alone).apply(sameBuyAlone, filled(10, "1500.00"),
          new PendingEvents()))).isTrue();

      FillTransactions.Booked booked = answers.get(0).result();
      assertThat(booked.moved()).containsOnlyKeys(buy.id());
      assertThat(booked.positions().get(0).quantity()).isEqualTo(10);
      assertThat(answers.get(1).cause()).isInstanceOf(LeaseLost.class);
      assertThat(answers.get(2).cause()).as("a sell of more than is held").isInstanceOf(InvalidValue.class);

      assertThat(book(fx, together.userId())).isEqualTo(book(fx, alone.userId()))
          .startsWith("FILLED 10, fills 1, positions [10 @ 1500.0000]");
      assertThat(book(fx, stale.userId())).startsWith("AMO_PENDING 0, fills 0, positions []");
      assertThat(book(fx, overselling.userId())).startsWith("OPEN 0, fills 0, positions [10 @ 800.0000]");
      assertThat(cash(fx, together)).isEqualTo(cash(fx, alone)).isLessThan(CAPITAL.subtract(new BigDecimal("15000")));
      assertThat(cash(fx, stale)).isEqualByComparingTo(CAPITAL);
      assertThat(fees(fx, together)).isEqualTo(fees(fx, alone)).isPositive();
    }
  }

  private static UserSession trader(EngineFixture fx, String email) throws Exception {
    UserSession session = LeasedSession.of(fx, email, new ScriptedBroker(), "paper");
    EngineFixture.await(new PaperAccountRepository(fx.pool).create(session.userId(), CAPITAL, fx.clock.now()));
    return session;
  }

  private static Order placeBuy(EngineFixture fx, UserSession s, String symbol, int quantity) throws Exception {
    ClientOrderId id = ClientOrderId.of(s.userId(), MONDAY, TradingTask.BUY_ORDERS, symbol, OrderSide.BUY, 1);
    return placed(fx, s, OrderRequest.amoLimitBuy(id, symbol + "-EQ", quantity, new BigDecimal("1520.00")),
        TradingTask.BUY_ORDERS, id);
  }

  private static Order placeSell(EngineFixture fx, UserSession s, String symbol, int quantity) throws Exception {
    ClientOrderId id = ClientOrderId.of(s.userId(), MONDAY, TradingTask.SELL_ORDERS, symbol, OrderSide.SELL, 1);
    return placed(fx, s, OrderRequest.limitSell(id, symbol + "-EQ", quantity, new BigDecimal("810.00")),
        TradingTask.SELL_ORDERS, id);
  }

  private static Order placed(EngineFixture fx, UserSession s, OrderRequest request, TradingTask task,
      ClientOrderId id) throws Exception {
    EngineFixture.await(new OrderPlacer(s).place(request, task, new JsonObject(), new PendingEvents()));
    return EngineFixture.await(new OrderRepository(fx.pool).findByClientOrderId(s.userId(), id.value())).orElseThrow();
  }

  private static FillTransactions.UserBookings prepared(UserSession s, Order order, OrderReconciliation.Move move) {
    return new FillBooking(s).prepared(List.of(new FillBooking.Booking(order, move, null)));
  }

  private static OrderReconciliation.Move filled(int quantity, String price) {
    return new OrderReconciliation.Move(OrderState.FILLED, quantity, new BigDecimal(price), "B-" + quantity, null);
  }

  /** The user's order, fills and open positions, the same for two users who booked the same. */
  private static String book(EngineFixture fx, long user) throws Exception {
    var order = fx.query("SELECT status, filled_quantity FROM orders WHERE user_id = $1", user).get(0);
    long fills = fx.query("SELECT count(*) FROM fills WHERE user_id = $1", user).get(0).getLong(0);
    List<String> open = fx.query("SELECT quantity, average_price FROM positions WHERE user_id = $1 "
        + "AND closed_at IS NULL", user).stream().map(r -> r.getInteger(0) + " @ " + r.getBigDecimal(1)).toList();
    return order.getString(0) + " " + order.getInteger(1) + ", fills " + fills + ", positions " + open;
  }

  private static BigDecimal cash(EngineFixture fx, UserSession s) throws Exception {
    return fx.query("SELECT available_cash FROM paper_accounts WHERE user_id = $1", s.userId()).get(0)
        .getBigDecimal(0);
  }

  private static BigDecimal fees(EngineFixture fx, UserSession s) throws Exception {
    return fx.query("SELECT fees FROM daily_pnl WHERE user_id = $1", s.userId()).get(0).getBigDecimal(0);
  }
}
