package in.neotrader.verticles.risk;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.broker.BrokerTrade;
import in.neotrader.core.broker.Holding;
import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.broker.Position;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.sql.paper.PaperAccountRepository;
import in.neotrader.sql.tradingconfig.TradingConfigRepository;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The daily loss cap trips the trader's own kill switch: bought on Monday, the positions' prices fall on Tuesday, the
 * 10:30 position check sees the loss past the cap, and no order is placed afterwards until the trader lifts it.
 */
class DailyLossCapTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void aLossPastTheCapTripsTheSwitchAndStopsTheOrders() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(15, 50))) {
      long user = fx.createUser("loss@x.in");
      EngineFixture.await(new PaperAccountRepository(fx.pool).create(user, new BigDecimal("1000000"), fx.clock.now()));
      EngineFixture.await(new TradingConfigRepository(fx.pool).update(user,
          new JsonObject().put("daily_loss_cap", 500), fx.clock.now()));
      fx.brokerOverrides.put(user, HalvedQuotes::new);
      EngineFixture.await(fx.startEngine("node-a").startService(user));

      fx.runUntil(MONDAY.plusDays(1).atTime(9, 20));
      long held = fx.query("SELECT count(*) FROM positions WHERE user_id = $1 AND closed_at IS NULL", user).get(0)
          .getLong(0);
      assertThat(held).as("Monday's buys filled at Tuesday's open").isPositive();
      assertThat(fx.query("SELECT count(*) FROM trading_halts WHERE user_id = $1", user).get(0).getLong(0)).isZero();
      long ordersBefore = fx.query("SELECT count(*) FROM orders WHERE user_id = $1", user).get(0).getLong(0);

      fx.runUntil(MONDAY.plusDays(1).atTime(16, 10));

      String reason = fx.query("SELECT reason FROM trading_halts WHERE user_id = $1 AND level = 'user'", user).get(0)
          .getString(0);
      assertThat(reason).startsWith("daily loss cap ₹500.00 reached: today's P&L ₹-");
      assertThat(fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND status <> 'FAILED'", user).get(0)
          .getLong(0)).as("nothing placed after the trip").isLessThanOrEqualTo(ordersBefore);
      assertThat(fx.query("SELECT reason FROM service_task_execution WHERE user_id = $1 AND task_name = 'buy_orders' "
          + "AND trading_day = $2", user, MONDAY.plusDays(1)).get(0).getString(0))
          .isEqualTo("kill switch (set by the trader): " + reason);
    }
  }

  /** The paper broker with every quote at half its price: the positions show a loss. */
  private record HalvedQuotes(Broker broker) implements Broker {
    public Future<BigDecimal> quote(String symbol) {
      return broker.quote(symbol).map(p -> p.divide(BigDecimal.valueOf(2)));
    }

    public Future<BrokerOrderAck> placeOrder(OrderRequest request) {
      return broker.placeOrder(request);
    }

    public Future<BrokerOrderAck> modifyOrder(String brokerOrderId, OrderModification modification) {
      return broker.modifyOrder(brokerOrderId, modification);
    }

    public Future<Void> cancelOrder(String brokerOrderId) {
      return broker.cancelOrder(brokerOrderId);
    }

    public Future<List<BrokerOrder>> orderBook() {
      return broker.orderBook();
    }

    public Future<List<BrokerTrade>> trades() {
      return broker.trades();
    }

    public Future<List<Holding>> holdings() {
      return broker.holdings();
    }

    public Future<List<Position>> positions() {
      return broker.positions();
    }

    public Future<BigDecimal> funds() {
      return broker.funds();
    }
  }
}
