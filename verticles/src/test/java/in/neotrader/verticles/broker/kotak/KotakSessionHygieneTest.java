package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.CREDENTIALS;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.await;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The exchange logs every API session out daily and a TOTP code lives 30 s: the session keeps to both. */
class KotakSessionHygieneTest {

  @Test
  void eachNewDayStartsWithAFreshLoginThoughTheOldSessionWasNeverRefused() {
    LocalDate monday = LocalDate.of(2026, 11, 23);
    MovableClock clock = new MovableClock(monday.atTime(16, 5).atZone(TradingClock.IST).toInstant());
    try (KotakFakeAccount account = KotakFakeAccount.start(CREDENTIALS, clock)) {
      await(account.broker.funds());
      clock.moveTo(monday.atTime(23, 50).atZone(TradingClock.IST).toInstant());
      await(account.broker.funds());
      assertThat(account.fake.sessionsOpened()).as("the same day keeps its session").isEqualTo(1);

      clock.moveTo(monday.plusDays(1).atTime(9, 0).atZone(TradingClock.IST).toInstant());
      await(account.broker.funds());

      assertThat(account.fake.sessionsOpened()).as("Tuesday logs in again").isEqualTo(2);
      assertThat(account.fake.calls(FakeEndpoint.LIMITS)).isEqualTo(3);
    }
  }

  @Test
  void aCodeWithUnderThreeSecondsLeftIsNotSentTheLoginWaitsForTheNext() {
    // The wall clock, shifted so that the current 30-s step has 1.5 s left when the login starts.
    long intoStep = Math.floorMod(System.currentTimeMillis(), 30_000L);
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMillis(Math.floorMod(28_500L - intoStep, 30_000L)));
    try (KotakFakeAccount account = KotakFakeAccount.start(CREDENTIALS, clock)) {
      Instant start = clock.instant();
      Instant nextStep = Instant.ofEpochMilli(start.toEpochMilli() - Math.floorMod(start.toEpochMilli(), 30_000L)
          + 30_000L);

      await(account.broker.funds());

      assertThat(account.fake.lastLoginTotp()).isEqualTo(Totp.code(CREDENTIALS.totpSecret(), nextStep))
          .isNotEqualTo(Totp.code(CREDENTIALS.totpSecret(), start));
    }
  }

  @Test
  void theWaitIsZeroWithThreeSecondsOrMoreLeftAndReachesIntoTheNextStepOtherwise() {
    Instant step = Instant.ofEpochSecond(1_764_000_000L - 1_764_000_000L % 30);
    assertThat(Totp.waitForAFreshCode(step)).isZero();
    assertThat(Totp.waitForAFreshCode(step.plusMillis(27_000))).isZero();
    assertThat(Totp.waitForAFreshCode(step.plusMillis(27_001))).isEqualTo(Duration.ofMillis(3_049));
    assertThat(Totp.waitForAFreshCode(step.plusMillis(29_990))).isEqualTo(Duration.ofMillis(60));
  }
}
