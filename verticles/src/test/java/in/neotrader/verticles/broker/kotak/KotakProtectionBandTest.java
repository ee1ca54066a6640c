package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.amoBuy;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.await;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.id;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.orders.Exchange;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Product;
import in.neotrader.core.orders.Validity;
import in.neotrader.core.orders.Variety;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The fake converts an algo MARKET order into a limit inside Kotak's protection band (KOTAK_NEO §8.3), so the
 * legacy's MARKET AMO is seen to sit unfilled after a gap up, where our explicit LIMIT entry is what we chose.
 */
class KotakProtectionBandTest {

  private static final BigDecimal LAST = new BigDecimal("2450.00");

  @Test
  void aMarketAmoBecomesALimitTwoPercentAboveTheLastPriceAndMissesAGapUp() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.putQuote("2885", "RELIANCE-EQ", LAST);
      OrderRequest marketAmo = new OrderRequest(id("RELIANCE-EQ", OrderSide.BUY), "RELIANCE-EQ", Exchange.NSE,
          OrderSide.BUY, OrderType.MARKET, Product.CNC, Variety.AMO, Validity.DAY, 10, null);
      String number = await(account.broker.placeOrder(marketAmo)).brokerOrderId();

      account.fake.fillAll(new BigDecimal("2523.50")); // a 3 % gap up at the open

      BrokerOrder order = only(account, number);
      assertThat(order.type()).as("shown as L in the book").isEqualTo(OrderType.LIMIT);
      assertThat(order.limitPrice()).isEqualByComparingTo("2499.00");
      assertThat(order.filledQuantity()).as("the band keeps it out of the gap").isZero();
      account.fake.fillAll(new BigDecimal("2495.00"));
      assertThat(only(account, number).filledQuantity()).isEqualTo(10);
    }
  }

  @Test
  void anExplicitLimitKeepsItsOwnPriceAndFillsOnlyAtOrBelowIt() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.putQuote("2885", "RELIANCE-EQ", LAST);
      String number = await(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10))).brokerOrderId();

      account.fake.fillAll(new BigDecimal("2512.40"));
      assertThat(only(account, number).limitPrice()).isEqualByComparingTo(KotakFakeAccount.AMO_LIMIT);
      assertThat(only(account, number).filledQuantity()).isZero();
      account.fake.fillAll(KotakFakeAccount.AMO_LIMIT);
      assertThat(only(account, number).filledQuantity()).isEqualTo(10);
    }
  }

  private static BrokerOrder only(KotakFakeAccount account, String number) {
    return await(account.broker.orderBook()).stream().filter(o -> o.brokerOrderId().equals(number)).findFirst()
        .orElseThrow();
  }
}
