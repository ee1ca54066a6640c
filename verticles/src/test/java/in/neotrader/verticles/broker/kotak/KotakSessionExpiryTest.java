package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.amoBuy;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.await;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.failure;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import org.junit.jupiter.api.Test;

class KotakSessionExpiryTest {

  @Test
  void expiredSessionIsRenewedOnceAndTheCallSucceeds() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      await(account.broker.funds());
      account.fake.expireSessions();

      assertThat(await(account.broker.positions())).isEmpty();

      assertThat(account.fake.sessionsOpened()).isEqualTo(2);
      assertThat(account.fake.calls(FakeEndpoint.POSITIONS)).isEqualTo(2);
      assertThat(account.broker.sessionState()).isEqualTo(SessionState.VALID);
    }
  }

  @Test
  void secondRefusalAfterAFreshLoginIsSessionExpired() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.faults().refuseSession(FakeEndpoint.HOLDINGS, 2);

      BrokerException e = failure(account.broker.holdings());

      assertThat(e.code()).isEqualTo(BrokerException.Code.SESSION_EXPIRED);
      assertThat(account.fake.sessionsOpened()).isEqualTo(2);
      assertThat(account.broker.sessionState()).isEqualTo(SessionState.EXPIRED);
      assertThat(await(account.broker.holdings())).isEmpty();
      assertThat(account.broker.sessionState()).isEqualTo(SessionState.VALID);
    }
  }

  @Test
  void placementRefusedForAnExpiredSessionIsSentOnceMoreAfterCheckingTheBook() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      await(account.broker.funds());
      account.fake.expireSessions();

      String number = await(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10))).brokerOrderId();

      assertThat(account.fake.placements()).isEqualTo(1);
      assertThat(account.fake.orders().get(0).getString("nOrdNo")).isEqualTo(number);
      assertThat(account.fake.calls(FakeEndpoint.ORDER_BOOK)).isEqualTo(1);
      assertThat(account.fake.sessionsOpened()).isEqualTo(2);
    }
  }

  @Test
  void placementRefusedTwiceIsSessionExpiredAndPlacesNothing() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.faults().refuseSession(FakeEndpoint.PLACE, 2);

      BrokerException e = failure(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10)));

      assertThat(e.code()).isEqualTo(BrokerException.Code.SESSION_EXPIRED);
      assertThat(account.fake.placements()).isZero();
      assertThat(account.fake.calls(FakeEndpoint.PLACE)).isEqualTo(2);
    }
  }
}
