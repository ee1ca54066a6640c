package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.amoBuy;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.await;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.failure;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worst bug is an order placed twice: a lost answer to a placement is never resent. */
class KotakLostAnswerTest {

  @Test
  void droppedPlacementAnswerIsUncertainAndTheOneOrderIsFoundByItsTag() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.faults().dropResponses(FakeEndpoint.PLACE, 1);
      OrderRequest buy = amoBuy("RELIANCE-EQ", 10);
      Instant sentAt = Instant.now();

      BrokerException e = failure(account.broker.placeOrder(buy));

      assertThat(e.code()).isEqualTo(BrokerException.Code.TIMEOUT);
      assertThat(e.getMessage()).contains("UNCERTAIN").contains(buy.clientOrderId().value());
      assertThat(account.fake.calls(FakeEndpoint.PLACE)).isEqualTo(1);
      assertThat(account.fake.placements()).isEqualTo(1);
      List<BrokerOrder> found = await(account.broker.findOrder(PlacementQuery.of(buy, sentAt)));
      assertThat(found).singleElement().satisfies(o -> {
        assertThat(o.brokerOrderId()).isEqualTo(account.fake.orders().get(0).getString("nOrdNo"));
        assertThat(o.state()).isEqualTo(OrderState.AMO_PENDING);
      });
    }
  }

  @Test
  void withheldPlacementAnswerTimesOutAfterTheCallTimeoutWithoutResending() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      await(account.broker.funds());
      account.fake.faults().withholdResponses(FakeEndpoint.PLACE, 1);
      long start = System.nanoTime();

      BrokerException e = failure(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10)));

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(KotakFakeAccount.CALL_TIMEOUT);
      assertThat(e.code()).isEqualTo(BrokerException.Code.TIMEOUT);
      assertThat(e.getMessage()).contains("UNCERTAIN");
      assertThat(account.fake.calls(FakeEndpoint.PLACE)).isEqualTo(1);
      assertThat(account.fake.placements()).isEqualTo(1);
    }
  }

  @Test
  void slowBrokerBeyondTheTimeoutIsUncertainToo() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.faults().latency(FakeEndpoint.PLACE, KotakFakeAccount.CALL_TIMEOUT.multipliedBy(2));

      assertThat(failure(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10))).code())
          .isEqualTo(BrokerException.Code.TIMEOUT);
      assertThat(account.fake.calls(FakeEndpoint.PLACE)).isEqualTo(1);
    }
  }

  @Test
  void gatewayErrorToAPlacementIsUncertainNotARetryableOutage() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.faults().refuse(FakeEndpoint.PLACE, 1, 504, "504", "gateway timeout");

      BrokerException e = failure(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10)));

      assertThat(e.code()).isEqualTo(BrokerException.Code.TIMEOUT);
      assertThat(e.isRetryable()).isFalse();
      assertThat(e.getMessage()).contains("UNCERTAIN");
      assertThat(account.fake.calls(FakeEndpoint.PLACE)).isEqualTo(1);
    }
  }

  @Test
  void lostLoginAnswerBeforeAPlacementIsAnOutageAndPlacesNothing() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.faults().dropResponses(FakeEndpoint.LOGIN, 1);

      BrokerException e = failure(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10)));

      assertThat(e.code()).isEqualTo(BrokerException.Code.UNAVAILABLE);
      assertThat(account.fake.calls(FakeEndpoint.PLACE)).isZero();
    }
  }

  @Test
  void untaggedOrdersAreFoundBySymbolSideAndQuantityPlacedSinceTheSend() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      OrderRequest buy = amoBuy("RELIANCE-EQ", 10);
      Instant sentAt = Instant.now();
      await(account.broker.placeOrder(amoBuy("TCS-EQ", 10)));
      await(account.broker.placeOrder(buy));
      PlacementQuery otherTag = new PlacementQuery(KotakFakeAccount.id("OTHER", OrderSide.BUY), "RELIANCE-EQ",
          OrderSide.BUY, 10, sentAt);

      assertThat(await(account.broker.findOrder(otherTag))).extracting(BrokerOrder::symbol).containsExactly("RELIANCE-EQ");
      assertThat(await(account.broker.findOrder(new PlacementQuery(otherTag.clientOrderId(), "RELIANCE-EQ",
          OrderSide.BUY, 11, sentAt)))).isEmpty();
      assertThat(await(account.broker.findOrder(new PlacementQuery(otherTag.clientOrderId(), "RELIANCE-EQ",
          OrderSide.BUY, 10, sentAt.plus(Duration.ofMinutes(5)))))).isEmpty();
    }
  }

  @Test
  void droppedModifyAnswerIsATimeoutAndIsNotResent() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      OrderRequest sell = OrderRequest.limitSell(KotakFakeAccount.id("TCS-EQ", OrderSide.SELL), "TCS-EQ", 8,
          new BigDecimal("4100"));
      String number = await(account.broker.placeOrder(sell)).brokerOrderId();
      account.fake.faults().dropResponses(FakeEndpoint.MODIFY, 1);

      BrokerException e = failure(account.broker.modifyOrder(number, new OrderModification(new BigDecimal("4000"), 8)));

      assertThat(e.code()).isEqualTo(BrokerException.Code.TIMEOUT);
      assertThat(account.fake.calls(FakeEndpoint.MODIFY)).isEqualTo(1);
    }
  }

  @Test
  void readsRetryAfterADroppedAnswer() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      await(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10)));
      account.fake.faults().dropResponses(FakeEndpoint.ORDER_BOOK, 1).rateLimit(FakeEndpoint.ORDER_BOOK, 1);

      assertThat(await(account.broker.orderBook())).hasSize(1);
      assertThat(account.fake.calls(FakeEndpoint.ORDER_BOOK)).isEqualTo(3);
    }
  }

  @Test
  void readsGiveUpAfterTheConfiguredAttempts() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.faults().withholdResponses(FakeEndpoint.POSITIONS, 3);

      assertThat(failure(account.broker.positions()).code()).isEqualTo(BrokerException.Code.TIMEOUT);
      assertThat(account.fake.calls(FakeEndpoint.POSITIONS)).isEqualTo(3);
    }
  }
}
