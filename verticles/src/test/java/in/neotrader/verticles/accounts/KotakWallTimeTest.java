package in.neotrader.verticles.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.testing.EngineFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Kotak checks TOTP codes against its own (wall) time: the trading clock of the tasks never reaches it. */
class KotakWallTimeTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void theKotakClockIsTheWallClock() {
    Instant wall = Instant.now();
    assertThat(Duration.between(wall, KotakAccounts.WALL_TIME.instant()).abs()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aUserTradingOnAnotherDayLogsInWithTheWallClocksTotpCode() throws Exception {
    // The tasks run on a stepped Monday of 2025; the fake Kotak accepts only codes of the wall clock.
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      long user = b.brokerUser("kotak@x.in", BrokerModeFixture.ACCOUNT);
      EngineFixture.await(b.fx.startEngine("node-a").startService(user));

      b.fx.runUntil(MONDAY.atTime(16, 10));

      assertThat(b.fake.sessionsOpened()).isEqualTo(1);
      assertThat(b.fx.query("SELECT broker_session_state FROM user_settings WHERE user_id = $1", user).get(0)
          .getString(0)).isEqualTo("valid");
    }
  }
}
