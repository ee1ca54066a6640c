package in.neotrader.verticles.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.Exchange;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Product;
import in.neotrader.core.orders.Validity;
import in.neotrader.core.orders.Variety;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.testing.LeasedSession;
import in.neotrader.verticles.testing.ScriptedBroker;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each fill is booked at its own price, not at the broker's cumulative average of all fills so far. */
class FillPricesTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void aLaterFillIsBookedAtThePriceImpliedByTheChangeOfTheCumulativeAverage() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(10, 0))) {
      ScriptedBroker broker = new ScriptedBroker();
      UserSession s = LeasedSession.of(fx, "fills@x.in", broker, "live");
      OrderRequest buy = new OrderRequest(ClientOrderId.of(s.userId(), MONDAY, TradingTask.BUY_ORDERS, "TCS",
          OrderSide.BUY, 1), "TCS-EQ", Exchange.NSE, OrderSide.BUY, OrderType.LIMIT, Product.CNC, Variety.REGULAR,
          Validity.DAY, 100, new BigDecimal("102"));
      EngineFixture.await(new OrderPlacer(s).place(buy, TradingTask.BUY_ORDERS, new JsonObject(), new PendingEvents()));

      broker.book.add(row(buy, OrderState.PARTIALLY_FILLED, 40, "100.00"));
      EngineFixture.await(new OrderBookSync(s).sync(new PendingEvents()));
      broker.book.set(0, row(buy, OrderState.FILLED, 100, "101.00"));
      EngineFixture.await(new OrderBookSync(s).sync(new PendingEvents()));

      assertEquals(List.of("40 @ 100.00", "60 @ 101.67"), fx.query("SELECT quantity, price FROM fills "
          + "WHERE user_id = $1 ORDER BY id", s.userId()).stream()
          .map(r -> r.getInteger("quantity") + " @ " + r.getBigDecimal("price").toPlainString()).toList());
      assertEquals("101.0020", fx.query("SELECT average_price FROM positions WHERE user_id = $1", s.userId())
          .get(0).getBigDecimal(0).toPlainString());
      assertEquals("101.0000", fx.query("SELECT average_fill_price FROM orders WHERE user_id = $1", s.userId())
          .get(0).getBigDecimal(0).toPlainString(), "the order keeps the broker's average");
    }
  }

  static BrokerOrder row(OrderRequest r, OrderState state, int filled, String average) {
    return new BrokerOrder("B-1", Optional.of(r.clientOrderId().value()), r.symbol(), r.side(), r.type(),
        r.variety(), r.quantity(), filled, r.price(), new BigDecimal(average), state, "", java.time.Instant.EPOCH);
  }
}
