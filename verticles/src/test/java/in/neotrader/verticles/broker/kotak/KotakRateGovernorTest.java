package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.CREDENTIALS;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.amoBuy;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.await;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.failure;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.broker.BrokerException.Code;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The per-user rate governor against the Kotak fake, which records when each call arrived. */
class KotakRateGovernorTest {

  private static final Duration SECOND = Duration.ofSeconds(1);

  @Test
  void thirtyPlacementsAtOnceArriveAtMostTenInAnySecondWhileOtherCallsAndUsersGoOn() {
    try (KotakFakeAccount first = KotakFakeAccount.start(); KotakFakeAccount second = KotakFakeAccount.start()) {
      await(first.broker.funds());
      await(second.broker.funds());

      List<Future<BrokerOrderAck>> placed = placements(first.broker, 30);
      // Asked after the 30: the order book is another budget, and the second user has budgets of its own.
      await(first.broker.orderBook());
      await(second.broker.placeOrder(buy(1)));
      int firstUsersPlacementsSoFar = first.fake.calls(FakeEndpoint.PLACE);
      await(Future.all(placed));

      assertThat(firstUsersPlacementsSoFar).as("placements of the first user when the others were answered")
          .isLessThan(30);
      assertThat(first.fake.placements()).isEqualTo(30);
      assertThat(first.fake.busiest(SECOND, FakeEndpoint.PLACE)).isEqualTo(10);
      assertThat(second.fake.placements()).isEqualTo(1);
    }
  }

  @Test
  void aNewLeaseHolderWaitsOutTheSecondAndClosingDropsTheCallsStillWaiting() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      KotakSettings settings = new KotakSettings(account.fake.loginUrl(), KotakFakeAccount.CALL_TIMEOUT, 3,
          Duration.ofMillis(20)).withRateLimits(4, 25);
      long leaseTaken = System.nanoTime();
      KotakRateGovernor governor = KotakRateGovernor.afterLeaseTaken(account.vertx, settings);
      try (KotakNeoBroker broker = new KotakNeoBroker(account.vertx, CREDENTIALS, settings,
          InstrumentTokens.of(Map.of()), Clock.systemUTC(), governor, KotakRoute.DIRECT)) {
        List<Future<BrokerOrderAck>> placed = placements(broker, 6);

        await(placed.get(0));
        governor.close();

        assertThat(account.fake.arrivals(FakeEndpoint.LOGIN).get(0) - leaseTaken)
            .as("nanoseconds from the lease to the first call").isGreaterThanOrEqualTo(SECOND.toNanos());
        await(Future.all(placed.subList(0, 4)));
        placed.subList(4, 6).forEach(waiting -> assertThat(failure(waiting).code()).isEqualTo(Code.UNAVAILABLE));
        assertThat(account.fake.placements()).isEqualTo(4);
      }
    }
  }

  private static List<Future<BrokerOrderAck>> placements(KotakNeoBroker broker, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> broker.placeOrder(buy(i))).toList();
  }

  /** An AMO buy whose tag is unique per {@code sequence}: a repeated tag is refused with code 32. */
  private static OrderRequest buy(int sequence) {
    return OrderRequest.amoLimitBuy(ClientOrderId.of(42, LocalDate.of(2026, 11, 25), TradingTask.BUY_ORDERS,
        "RELIANCE-EQ", OrderSide.BUY, sequence), "RELIANCE-EQ", 1, new BigDecimal("1250.00"));
  }
}
