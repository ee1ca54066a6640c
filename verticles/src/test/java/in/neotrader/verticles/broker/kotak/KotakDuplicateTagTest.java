package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.amoBuy;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.await;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.orders.OrderRequest;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import org.junit.jupiter.api.Test;

/** Kotak's "this tag exists" answer (code 32, or 5204) means our order is there: it is adopted, never rejected. */
class KotakDuplicateTagTest {

  @Test
  void aPlacementRefusedWithCode32IsTheOrderAlreadyThereAndIsAdopted() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      OrderRequest buy = amoBuy("RELIANCE-EQ", 10);
      String first = await(account.broker.placeOrder(buy)).brokerOrderId();

      String again = await(account.broker.placeOrder(buy)).brokerOrderId();

      assertThat(again).isEqualTo(first);
      assertThat(account.fake.calls(FakeEndpoint.PLACE)).isEqualTo(2);
      assertThat(account.fake.placements()).isEqualTo(1);
    }
  }
}
