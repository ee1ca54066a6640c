package in.neotrader.verticles.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.testing.EngineFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One order-book answer without an order is not its end: a later fill is still booked. */
class BrokerModeMissingOrderTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void anAmoBuyLeftOutOfOneBookAnswerIsStillBookedWhenItFills() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      long user = b.brokerUser("missing@x.in", BrokerModeFixture.ACCOUNT);
      b.fake.setCash(new BigDecimal("5000000"));
      EngineFixture.await(b.fx.startEngine("node-a").startService(user));
      b.fx.runUntil(MONDAY.atTime(18, 30));
      String number = b.fake.orders().get(0).getString("nOrdNo");
      assertThat(status(b, user, number)).isEqualTo("AMO_PENDING");

      b.fake.faults().omitFromBook(number, 1);
      b.fx.runUntil(MONDAY.plusDays(1).atTime(9, 5));
      assertThat(status(b, user, number)).as("the 09:00 sync did not see it").isEqualTo("AMO_PENDING");

      b.fake.fillAll(new BigDecimal("101.50"));
      b.fx.runUntil(MONDAY.plusDays(1).atTime(9, 20));

      assertThat(status(b, user, number)).isEqualTo("FILLED");
      assertThat(b.fx.query("SELECT count(*) FROM fills f JOIN orders o ON o.id = f.order_id "
          + "WHERE o.user_id = $1 AND o.broker_order_id = $2 AND f.price = 101.50", user, number).get(0).getLong(0))
          .isEqualTo(1);
      String symbol = b.fx.query("SELECT symbol FROM orders WHERE user_id = $1 AND broker_order_id = $2", user, number)
          .get(0).getString(0);
      assertThat(b.fx.query("SELECT count(*) FROM positions WHERE user_id = $1 AND symbol = $2 AND closed_at IS NULL",
          user, symbol).get(0).getLong(0)).isEqualTo(1);
    }
  }

  @Test
  void anOrderTheBookNoLongerShowsIsClosedAtTheEndOfTheDayWithTheFillsOfTheTradeBook() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      long user = b.brokerUser("tradebook@x.in", BrokerModeFixture.ACCOUNT);
      b.fake.setCash(new BigDecimal("5000000"));
      EngineFixture.await(b.fx.startEngine("node-a").startService(user));
      b.fx.runUntil(MONDAY.atTime(18, 30));
      String number = b.fake.orders().get(0).getString("nOrdNo");
      b.fake.faults().omitFromBook(number, 1000);
      b.fake.fillAll(new BigDecimal("99.25"));

      b.fx.runUntil(MONDAY.plusDays(1).atTime(17, 55));
      assertThat(status(b, user, number)).as("missing all day, not closed").isEqualTo("AMO_PENDING");
      b.fx.runUntil(MONDAY.plusDays(1).atTime(18, 30));

      assertThat(status(b, user, number)).isEqualTo("FILLED");
      assertThat(b.fx.query("SELECT count(*) FROM fills f JOIN orders o ON o.id = f.order_id "
          + "WHERE o.user_id = $1 AND o.broker_order_id = $2 AND f.price = 99.25", user, number).get(0).getLong(0))
          .isEqualTo(1);
    }
  }

  private static String status(BrokerModeFixture b, long user, String brokerOrderId) throws Exception {
    return b.fx.query("SELECT status FROM orders WHERE user_id = $1 AND broker_order_id = $2", user, brokerOrderId)
        .get(0).getString(0);
  }
}
