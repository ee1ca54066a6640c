package in.neotrader.verticles.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trader sells shares of a cycle in the Kotak app: sell_monitor adopts that sell once, closes the cycle as a
 * manual exit at the app's price, and cancels the service's own sell of those shares (TRADING_RULES §2.3).
 */
class BrokerModeManualSellTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final BigDecimal APP_PRICE = new BigDecimal("123.40");

  @Test
  void aSellInTheAppClosesTheCycleOnceAndCancelsTheServicesSell() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      long user = b.brokerUser("manual@x.in", BrokerModeFixture.ACCOUNT);
      b.fake.setCash(new BigDecimal("5000000"));
      EngineFixture.await(b.fx.startEngine("node-a").startService(user));
      b.fx.runUntil(MONDAY.atTime(16, 10));
      b.fake.fillAll(new BigDecimal("100.00"));
      b.fx.runUntil(MONDAY.plusDays(1).atTime(9, 20));

      List<Row> open = b.fx.query("SELECT symbol, quantity, average_price FROM positions WHERE user_id = $1"
          + " AND closed_at IS NULL ORDER BY symbol", user);
      assertThat(open).as("the AMO buys filled into open cycles").isNotEmpty();
      String symbol = open.get(0).getString("symbol");
      int quantity = open.get(0).getInteger("quantity");
      BigDecimal average = open.get(0).getBigDecimal("average_price");
      List<Row> ourSells = b.fx.query("SELECT broker_order_id FROM orders WHERE user_id = $1 AND symbol = $2"
          + " AND side = 'SELL' AND status = 'OPEN'", user, symbol);
      String tradingSymbol = b.fx.query("SELECT trading_symbol FROM orders WHERE user_id = $1 AND symbol = $2"
          + " AND side = 'BUY'", user, symbol).get(0).getString(0);

      String appOrder = b.fake.sellInTheApp(tradingSymbol, quantity, APP_PRICE);
      b.fx.runUntil(MONDAY.plusDays(1).atTime(9, 30));

      List<Row> manual = b.fx.query("SELECT status, quantity, broker_order_id, average_fill_price FROM orders"
          + " WHERE user_id = $1 AND task = 'manual_sell'", user);
      assertThat(manual).as("adopted once over ten looks at the book").hasSize(1);
      assertThat(manual.get(0).getString("status")).isEqualTo("FILLED");
      assertThat(manual.get(0).getString("broker_order_id")).isEqualTo(appOrder);
      assertThat(manual.get(0).getInteger("quantity")).isEqualTo(quantity);
      Row cycle = b.fx.query("SELECT closed_at, exit_reason, realised_pnl FROM positions WHERE user_id = $1"
          + " AND symbol = $2", user, symbol).get(0);
      assertThat(cycle.getValue("closed_at")).isNotNull();
      assertThat(cycle.getString("exit_reason")).isEqualTo("MANUAL_EXIT");
      assertThat(cycle.getBigDecimal("realised_pnl"))
          .isEqualByComparingTo(APP_PRICE.subtract(average).multiply(BigDecimal.valueOf(quantity)));
      assertThat(b.fx.query("SELECT count(*) FROM positions WHERE user_id = $1 AND closed_at IS NULL", user).get(0)
          .getLong(0)).as("the other cycles stay open").isEqualTo(open.size() - 1);
      for (Row sell : ourSells) {
        String number = sell.getString(0);
        assertThat(b.fake.orders()).filteredOn(o -> number.equals(o.getString("nOrdNo")))
            .extracting(o -> o.getString("ordSt")).containsExactly("cancelled");
        assertThat(b.fx.query("SELECT status FROM orders WHERE user_id = $1 AND broker_order_id = $2", user, number)
            .get(0).getString(0)).isEqualTo("CANCELLED");
      }
      assertThat(b.fake.calls(FakeEndpoint.CANCEL)).isEqualTo(ourSells.size());
    }
  }
}
