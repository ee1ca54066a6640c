package in.neotrader.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClockSettingTest {

  @Test
  void realAndEmptyGiveTheSystemClock() {
    assertThat(TradingClock.fromConfig("real")).isSameAs(TradingClock.system());
    assertThat(TradingClock.fromConfig(null)).isSameAs(TradingClock.system());
    assertThat(TradingClock.fromConfig(" ")).isSameAs(TradingClock.system());
  }

  @Test
  void theRealClockWaitsRealTime() {
    TradingClock real = TradingClock.system();
    assertThat(real.realDelayMillis(real.now().plusSeconds(10))).isBetween(9_000L, 10_000L);
    assertThat(real.realDelayMillis(real.now().minusSeconds(10))).isZero();
    assertThat(real.nowIst().getZone()).isEqualTo(TradingClock.IST);
  }

  @Test
  void simulatedWithAFactorStartsNearTheRealNow() {
    Instant before = Instant.now();
    TradingClock clock = TradingClock.fromConfig("simulated:720");

    assertThat(clock).isInstanceOf(SimulatedClock.class);
    assertThat(((SimulatedClock) clock).factor()).isEqualTo(720.0);
    assertThat(clock.now()).isAfterOrEqualTo(before);
  }

  @Test
  void simulatedWithAnIstStartBeginsThere() {
    TradingClock clock = TradingClock.fromConfig("simulated:0.000001@2025-03-03T08:59");
    assertThat(clock.nowIst().toLocalDateTime()).isBetween(
        LocalDateTime.parse("2025-03-03T08:59"), LocalDateTime.parse("2025-03-03T08:59:01"));
  }

  @Test
  void simulatedWithAnIsoInstantBeginsThere() {
    TradingClock clock = TradingClock.fromConfig("simulated:0.000001@2025-03-03T03:30:00Z");
    assertThat(clock.nowIst().toLocalTime().toString()).startsWith("09:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fast", "simulated:", "simulated:abc", "simulated:0", "simulated:-5",
      "simulated:10@tomorrow"})
  void badSettingsAreRefusedWithTheValueInTheMessage(String value) {
    assertThatThrownBy(() -> TradingClock.fromConfig(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CLOCK='" + value + "'");
  }
}
