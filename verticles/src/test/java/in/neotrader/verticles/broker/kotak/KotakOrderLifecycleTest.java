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
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Variety;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KotakOrderLifecycleTest {

  @Test
  void amoLimitBuyShowsInTheBookAsAmoPendingWithOurTagAndPrice() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      OrderRequest buy = amoBuy("RELIANCE-EQ", 10);

      String orderNumber = await(account.broker.placeOrder(buy)).brokerOrderId();

      JsonObject sent = account.fake.orders().get(0);
      assertThat(sent.getString("ordGenTp")).isEqualTo("AMO");
      assertThat(sent.getString("prcTp")).isEqualTo("L");
      assertThat(new BigDecimal(String.valueOf(sent.getValue("prc")))).isEqualByComparingTo(KotakFakeAccount.AMO_LIMIT);
      assertThat(sent.getString("prod")).isEqualTo("CNC");
      BrokerOrder order = await(account.broker.orderBook()).get(0);
      assertThat(order.brokerOrderId()).isEqualTo(orderNumber);
      assertThat(order.clientOrderId()).contains(buy.clientOrderId().value());
      assertThat(order.state()).isEqualTo(OrderState.AMO_PENDING);
      assertThat(order.variety()).isEqualTo(Variety.AMO);
      assertThat(order.type()).isEqualTo(OrderType.LIMIT);
      assertThat(order.side()).isEqualTo(OrderSide.BUY);
      assertThat(order.symbol()).isEqualTo("RELIANCE-EQ");
      assertThat(order.quantity()).isEqualTo(10);
      assertThat(order.filledQuantity()).isZero();
      assertThat(order.remark()).isEmpty();
    }
  }

  @Test
  void fillsShowAsFilledWithAveragePriceAndPosition() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      await(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10)));

      account.fake.fillAll(new BigDecimal("2450.50"));

      BrokerOrder order = await(account.broker.orderBook()).get(0);
      assertThat(order.state()).isEqualTo(OrderState.FILLED);
      assertThat(order.filledQuantity()).isEqualTo(10);
      assertThat(order.averagePrice()).isEqualByComparingTo("2450.50");
      var position = await(account.broker.positions()).get(0);
      assertThat(position.symbol()).isEqualTo("RELIANCE-EQ");
      assertThat(position.netQuantity()).isEqualTo(10);
      assertThat(position.buyValue()).isEqualByComparingTo("24505.00");
    }
  }

  @Test
  void partialFillOfAnOpenOrderIsPartiallyFilled() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      OrderRequest sell = OrderRequest.limitSell(KotakFakeAccount.id("TCS-EQ", OrderSide.SELL), "TCS-EQ", 8,
          new BigDecimal("4100.05"));
      String number = await(account.broker.placeOrder(sell)).brokerOrderId();

      account.fake.fill(number, 3, new BigDecimal("4100.05"));

      BrokerOrder order = await(account.broker.orderBook()).get(0);
      assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
      assertThat(order.pendingQuantity()).isEqualTo(5);
      assertThat(order.limitPrice()).isEqualByComparingTo("4100.05");
    }
  }

  @Test
  void modifyChangesPriceAndQuantityOfTheSameOrder() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      OrderRequest sell = OrderRequest.limitSell(KotakFakeAccount.id("TCS-EQ", OrderSide.SELL), "TCS-EQ", 8,
          new BigDecimal("4100.05"));
      String number = await(account.broker.placeOrder(sell)).brokerOrderId();

      String modified = await(account.broker.modifyOrder(number, new OrderModification(new BigDecimal("4050"), 6)))
          .brokerOrderId();

      assertThat(modified).isEqualTo(number);
      BrokerOrder order = await(account.broker.orderBook()).get(0);
      assertThat(order.limitPrice()).isEqualByComparingTo("4050");
      assertThat(order.quantity()).isEqualTo(6);
      assertThat(order.state()).isEqualTo(OrderState.OPEN);
      assertThat(account.fake.placements()).isEqualTo(1);
    }
  }

  @Test
  void cancelOfAnAmoSendsItsSymbolAndEndsCancelled() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      String number = await(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10))).brokerOrderId();

      await(account.broker.cancelOrder(number));

      assertThat(await(account.broker.orderBook()).get(0).state()).isEqualTo(OrderState.CANCELLED);
    }
  }

  @Test
  void cancellingAFilledOrderIsRejectedWithTheBrokersWords() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      String number = await(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10))).brokerOrderId();
      account.fake.fillAll(new BigDecimal("2450"));

      BrokerException e = failure(account.broker.cancelOrder(number));

      assertThat(e.code()).isEqualTo(BrokerException.Code.REJECTED);
      assertThat(e.getMessage()).contains("order is complete");
    }
  }

  @Test
  void unknownOrderIsNotFound() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      assertThat(failure(account.broker.cancelOrder("999")).code()).isEqualTo(BrokerException.Code.NOT_FOUND);
    }
  }

  @Test
  void rmsRejectionShowsInTheBookWithTheReason() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.faults().rejectOrders(1, "RMS:Margin Exceeds,Required:24505.00, Available:1000.00");

      await(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10)));

      BrokerOrder order = await(account.broker.orderBook()).get(0);
      assertThat(order.state()).isEqualTo(OrderState.REJECTED);
      assertThat(order.remark()).startsWith("RMS:Margin Exceeds");
    }
  }

  @Test
  void refusedPlacementIsRejectedWithTheReasonAndNotRetried() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.faults().refuse(FakeEndpoint.PLACE, 1, 200, "1004", "Insufficient balance");

      BrokerException e = failure(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10)));

      assertThat(e.code()).isEqualTo(BrokerException.Code.REJECTED);
      assertThat(e.getMessage()).contains("Insufficient balance");
      assertThat(account.fake.calls(FakeEndpoint.PLACE)).isEqualTo(1);
    }
  }

  @Test
  void rateLimitedPlacementIsUnavailableAndNotRetried() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.faults().rateLimit(FakeEndpoint.PLACE, 1);

      BrokerException e = failure(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10)));

      assertThat(e.code()).isEqualTo(BrokerException.Code.UNAVAILABLE);
      assertThat(e.getMessage()).contains("rate limited");
      assertThat(account.fake.calls(FakeEndpoint.PLACE)).isEqualTo(1);
      assertThat(account.fake.placements()).isZero();
    }
  }

  @Test
  void sendingTheSameClientOrderIdAgainReturnsTheExistingOrder() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      OrderRequest buy = amoBuy("RELIANCE-EQ", 10);
      String first = await(account.broker.placeOrder(buy)).brokerOrderId();

      String second = await(account.broker.placeOrder(buy)).brokerOrderId();

      assertThat(second).isEqualTo(first);
      assertThat(account.fake.placements()).isEqualTo(1);
    }
  }

  @Test
  void emptyBookIsNoDataNotAnError() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      assertThat(await(account.broker.orderBook())).isEqualTo(List.of());
    }
  }

  @Test
  void quoteAndHoldingsAndFunds() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.putQuote("2885", "RELIANCE-EQ", new BigDecimal("2451.35"));
      account.fake.putHolding("RELIANCE", 12, new BigDecimal("2310.4"));
      account.fake.setCash(new BigDecimal("5321.75"));

      assertThat(await(account.broker.quote("RELIANCE"))).isEqualByComparingTo("2451.35");
      assertThat(await(account.broker.holdings())).singleElement()
          .satisfies(h -> assertThat(h.averagePrice()).isEqualByComparingTo("2310.4"))
          .satisfies(h -> assertThat(h.quantity()).isEqualTo(12));
      assertThat(await(account.broker.funds())).isEqualByComparingTo("5321.75");
      assertThat(failure(account.broker.quote("INFY")).code()).isEqualTo(BrokerException.Code.NOT_FOUND);
    }
  }
}
