package in.neotrader.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {

  private static final Instant NINE_AM = LocalDateTime.parse("2025-03-03T09:00").atZone(TradingClock.IST).toInstant();

  @Test
  void runsFactorSimulatedSecondsPerRealSecond() {
    AtomicLong realNanos = new AtomicLong();
    SimulatedClock clock = new SimulatedClock(NINE_AM, 600, realNanos::get);

    realNanos.addAndGet(Duration.ofSeconds(54).toNanos());

    // 54 real seconds x 600 = 9 simulated hours: 09:00 to 18:00.
    assertThat(clock.nowIst().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2025-03-03T18:00"));
  }

  @Test
  void aFrozenClockMovesOnlyWhenAdvanced() {
    SimulatedClock clock = SimulatedClock.frozenAt(NINE_AM);
    assertThat(clock.now()).isEqualTo(NINE_AM);

    clock.advanceTo(NINE_AM.plus(Duration.ofMinutes(15)));

    assertThat(clock.nowIst().toLocalTime()).hasToString("09:15");
  }

  @Test
  void keepsRunningAtItsFactorAfterAJump() {
    AtomicLong realNanos = new AtomicLong();
    SimulatedClock clock = new SimulatedClock(NINE_AM, 60, realNanos::get);
    clock.advanceTo(NINE_AM.plus(Duration.ofHours(7)));

    realNanos.addAndGet(Duration.ofSeconds(1).toNanos());

    assertThat(clock.now()).isEqualTo(NINE_AM.plus(Duration.ofHours(7)).plusSeconds(60));
  }

  @Test
  void refusesToGoBackInTime() {
    SimulatedClock clock = SimulatedClock.frozenAt(NINE_AM);
    assertThatThrownBy(() -> clock.advanceTo(NINE_AM.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot go back");
  }

  @Test
  void convertsASimulatedDelayToRealMillisecondsRoundingUp() {
    SimulatedClock clock = new SimulatedClock(NINE_AM, 600, () -> 0L);

    assertThat(clock.realDelayMillis(Duration.ofMinutes(1))).isEqualTo(100);
    assertThat(clock.realDelayMillis(Duration.ofSeconds(1))).isEqualTo(2);
    assertThat(clock.realDelayMillis(NINE_AM.plus(Duration.ofMinutes(15)))).isEqualTo(1500);
    assertThat(clock.realDelayMillis(NINE_AM.minusSeconds(5))).isZero();
  }

  @Test
  void aFrozenClockCannotArmATimer() {
    SimulatedClock clock = SimulatedClock.frozenAt(NINE_AM);
    assertThatThrownBy(() -> clock.realDelayMillis(Duration.ofMinutes(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("frozen");
  }
}
