package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.await;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.id;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The fake's books hold one day, as Kotak's do: on the next morning yesterday's filled and unfilled day orders are
 * gone from the order and trade books, an AMO placed after the close still waits for the open, and yesterday's
 * delivery buy is a holding at its average cost.
 */
class KotakFakeDayRolloverTest {

  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void theNextMorningShowsOnlyThePendingAmoAndYesterdaysFillAsAHolding() {
    MovableClock clock = new MovableClock(MONDAY.atTime(10, 0).atZone(IST).toInstant());
    try (KotakFakeAccount account = KotakFakeAccount.start(KotakFakeAccount.CREDENTIALS, clock)) {
      String bought = await(account.broker.placeOrder(KotakFakeAccount.amoBuy("RELIANCE-EQ", 10))).brokerOrderId();
      account.fake.fill(bought, 10, new BigDecimal("2500.00"));
      await(account.broker.placeOrder(OrderRequest.limitSell(id("TCS-EQ", OrderSide.SELL), "TCS-EQ", 4,
          new BigDecimal("3410.05"))));
      assertThat(await(account.broker.orderBook())).hasSize(2);
      assertThat(await(account.broker.trades())).hasSize(1);

      clock.moveTo(MONDAY.atTime(16, 5).atZone(IST).toInstant());
      String amo = await(account.broker.placeOrder(KotakFakeAccount.amoBuy("INFY-EQ", 5))).brokerOrderId();

      clock.moveTo(MONDAY.plusDays(1).atTime(9, 0).atZone(IST).toInstant());
      assertThat(await(account.broker.orderBook())).extracting(BrokerOrder::brokerOrderId).containsExactly(amo);
      assertThat(await(account.broker.trades())).isEmpty();
      assertThat(await(account.broker.positions())).isEmpty();
      assertThat(await(account.broker.holdings())).singleElement().satisfies(h -> {
        assertThat(h.symbol()).isEqualTo("RELIANCE");
        assertThat(h.quantity()).isEqualTo(10);
        assertThat(h.averagePrice()).isEqualByComparingTo("2500.00");
      });
    }
  }
}
