package in.neotrader.sql.clock;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.clock.SimulatedClock;
import in.neotrader.sql.testing.DatabaseTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Each node had its own simulated clock, reset at every start, so a failover moved a user's day forward or back.
 * The deployment's clock is kept in the database: a second node, or a restart, continues the same simulated time.
 */
class SharedSimulatedClockTest extends DatabaseTest {
  private static final Instant MONDAY_0930 = Instant.parse("2025-12-22T04:00:00Z");

  @Test
  void anotherNodeOrARestartContinuesTheSameSimulatedTimeAndANewSettingStartsAfresh() throws Exception {
    SimulatedClock first = await(SharedSimulatedClock.of(pool, "simulated:60@2025-12-22T09:30",
        new SimulatedClock(MONDAY_0930, 60)));
    assertThat(Duration.between(MONDAY_0930, first.now())).isBetween(Duration.ZERO, Duration.ofSeconds(30));

    Thread.sleep(1_000);
    // A node starting a second later parses the same setting into its own clock, which would restart at 09:30.
    SimulatedClock second = await(SharedSimulatedClock.of(pool, "simulated:60@2025-12-22T09:30",
        new SimulatedClock(MONDAY_0930, 60)));
    Duration apart = Duration.between(second.now(), first.now()).abs();
    assertThat(apart).as("both nodes at one simulated time").isLessThan(Duration.ofSeconds(15));
    assertThat(Duration.between(MONDAY_0930, second.now())).as("continued, not restarted: 1 s real is 60 s")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(55));
    assertThat(second.factor()).isEqualTo(60.0);

    Instant tuesday = Instant.parse("2025-12-23T04:00:00Z");
    SimulatedClock changed = await(SharedSimulatedClock.of(pool, "simulated:120@2025-12-23T09:30",
        new SimulatedClock(tuesday, 120)));
    assertThat(Duration.between(tuesday, changed.now())).isBetween(Duration.ZERO, Duration.ofSeconds(30));
    assertThat(changed.factor()).isEqualTo(120.0);
  }
}
