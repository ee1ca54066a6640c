package in.neotrader.verticles.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import in.neotrader.verticles.testing.EngineFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** trading_broker_errors_total was declared but never incremented: every failed Kotak call now counts, by kind. */
class BrokerErrorMetricsTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void aRateLimitedBrokerCallIsCountedAsUnavailable() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(10, 0, 30))) {
      long user = b.brokerUser("errors@x.in", BrokerModeFixture.ACCOUNT);
      // An open order: the service's start reads the order book first, and Kotak's gateway refuses it (429).
      b.fx.query("INSERT INTO orders (user_id, client_order_id, broker_order_id, symbol, trading_symbol, side, "
          + "quantity, order_type, variety, status, task, trading_day, placed_at, source) VALUES ($1, 'open-1', "
          + "'250101000000001', 'ITC', 'ITC-EQ', 'SELL', 1, 'LIMIT', 'REGULAR', 'OPEN', 'sell_orders', $2, now(), "
          + "'live')", user, MONDAY);
      b.fake.faults().rateLimit(FakeEndpoint.ORDER_BOOK, 10);
      assertThat(b.meters.get("trading.broker.errors").tag("kind", "unavailable").counter().count()).isZero();

      EngineFixture.await(b.fx.startEngine("node-a").startService(user));

      assertThat(b.meters.get("trading.broker.errors").tag("kind", "unavailable").counter().count()).isPositive();
    }
  }
}
