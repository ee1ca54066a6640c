package in.neotrader.verticles.orders;

import static org.assertj.core.api.Assertions.assertThat;

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
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.testing.LeasedSession;
import in.neotrader.verticles.testing.ScriptedBroker;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 09:15 tasks read the user's open orders again right after the sync had read and moved them (a round trip per
 * user in the open burst): the sync now hands over its open orders as it left them, exactly what a new read returns.
 */
class SyncedOpenOrdersTest {
  private static final LocalDate TUESDAY = LocalDate.of(2025, 12, 23);

  @Test
  void theSyncHandsOverItsOpenOrdersAsStoredAfterItsMoves() throws Exception {
    try (EngineFixture fx = new EngineFixture(TUESDAY.atTime(9, 15))) {
      ScriptedBroker broker = new ScriptedBroker();
      UserSession s = LeasedSession.of(fx, "synced@x.in", broker, "live");
      OrderRequest tcs = buy(s, "TCS");
      OrderRequest infy = buy(s, "INFY");
      OrderRequest sbin = buy(s, "SBIN");
      EngineFixture.await(new OrderPlacer(s).placeAll(List.of(intent(tcs), intent(infy), intent(sbin)),
          new PendingEvents()));
      broker.book.add(row("B-1", tcs, OrderState.FILLED, 10, "101.00"));
      broker.book.add(row("B-2", infy, OrderState.PARTIALLY_FILLED, 4, "100.00"));

      OrderBookSync.Result synced = EngineFixture.await(new OrderBookSync(s).sync(new PendingEvents()));

      assertThat(synced.moved()).isEqualTo(2);
      assertThat(synced.open()).as("INFY part filled and SBIN untouched; TCS filled is no longer open")
          .contains(EngineFixture.await(new OrderRepository(fx.pool).listNonTerminal(s.userId())));
      assertThat(synced.open().orElseThrow()).extracting(o -> o.symbol() + " " + o.status() + " " + o.filledQuantity())
          .containsExactly("INFY PARTIALLY_FILLED 4", "SBIN OPEN 0");
    }
  }

  private static OrderRequest buy(UserSession s, String symbol) {
    return new OrderRequest(ClientOrderId.of(s.userId(), TUESDAY, TradingTask.SELL_ORDERS, symbol, OrderSide.BUY, 1),
        symbol + "-EQ", Exchange.NSE, OrderSide.BUY, OrderType.LIMIT, Product.CNC, Variety.REGULAR, Validity.DAY, 10,
        new BigDecimal("102"));
  }

  private static OrderPlacer.Intent intent(OrderRequest request) {
    return new OrderPlacer.Intent(request, TradingTask.SELL_ORDERS, new JsonObject());
  }

  private static BrokerOrder row(String brokerId, OrderRequest r, OrderState state, int filled, String average) {
    return new BrokerOrder(brokerId, Optional.of(r.clientOrderId().value()), r.symbol(), r.side(), r.type(),
        r.variety(), r.quantity(), filled, r.price(), new BigDecimal(average), state, "", Instant.EPOCH);
  }
}
