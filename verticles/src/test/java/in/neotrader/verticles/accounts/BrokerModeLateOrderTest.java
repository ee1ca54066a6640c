package in.neotrader.verticles.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kotak can show an order late: a placement whose answer was lost is looked for over the whole window. */
class BrokerModeLateOrderTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  /** At a look every 5 s, four looks without the order are 20 s of Kotak not showing it. */
  private static final int LOOKS_WITHOUT_IT = 4;

  @Test
  void anOrderShowingTwentySecondsAfterItsLostAnswerIsAdoptedAndNotPlacedAgain() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      long user = b.brokerUser("late@x.in", BrokerModeFixture.ACCOUNT);
      b.fake.setCash(new BigDecimal("5000000"));
      b.fake.faults().dropResponses(FakeEndpoint.PLACE, 1).hideNextPlacement(LOOKS_WITHOUT_IT);
      EngineFixture.await(b.fx.startEngine("node-a").startService(user));

      b.fx.runUntil(MONDAY.atTime(16, 10));

      String first = b.fake.orders().get(0).getString("nOrdNo");
      List<Row> adopted = b.fx.query("SELECT status, broker_order_id FROM orders WHERE user_id = $1 "
          + "AND broker_order_id = $2", user, first);
      assertThat(adopted).singleElement().satisfies(r -> assertThat(r.getString("status")).isEqualTo("AMO_PENDING"));
      assertThat(b.fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND status = 'FAILED'", user).get(0)
          .getLong(0)).isZero();
      assertThat(b.fake.placements()).as("one order at Kotak per intent").isEqualTo(b.fake.calls(FakeEndpoint.PLACE));
      assertThat(b.fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND side = 'BUY'", user).get(0)
          .getLong(0)).isEqualTo(b.fake.placements());
    }
  }

  @Test
  void anOrderThatNeverShowsWithinTheWindowIsClosedAsNeverArrived() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      long user = b.brokerUser("never@x.in", BrokerModeFixture.ACCOUNT);
      b.fake.setCash(new BigDecimal("5000000"));
      b.fake.faults().dropResponses(FakeEndpoint.PLACE, 1).hideNextPlacement(1000);
      EngineFixture.await(b.fx.startEngine("node-a").startService(user));

      b.fx.runUntil(MONDAY.atTime(16, 10));

      List<Row> failed = b.fx.query("SELECT status_reason, broker_order_id, client_order_id FROM orders WHERE user_id = $1 "
          + "AND status = 'FAILED'", user);
      assertThat(failed).singleElement().satisfies(r -> {
        assertThat(r.getString("status_reason")).isNotBlank();
        assertThat(r.getString("broker_order_id")).isNull();
      });
      String tag = failed.get(0).getString("client_order_id");
      assertThat(b.fake.orders()).as("never sent again").filteredOn(o -> tag.equals(o.getString("GuiOrdId"))).hasSize(1);
      assertThat(b.fake.placements()).isEqualTo(b.fake.calls(FakeEndpoint.PLACE));
    }
  }
}
