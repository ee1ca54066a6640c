package in.neotrader.sql.service;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.DatabaseTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceStatusRepositoryTest extends DatabaseTest {
  private static final Instant NINE_AM = Instant.parse("2025-01-06T03:30:00Z");

  private ServiceStatusRepository statuses() {
    return new ServiceStatusRepository(pool);
  }

  @Test
  void startingAndStoppingKeepsBothTimesAndTheRunningListFollows() {
    long user = newUser();
    await(statuses().setRunning(user, true, NINE_AM));
    assertThat(await(statuses().listRunningUserIds())).contains(user);

    ServiceStatus stopped = await(statuses().setRunning(user, false, NINE_AM.plusSeconds(60)));

    assertThat(stopped.running()).isFalse();
    assertThat(stopped.startedAt()).isEqualTo(NINE_AM);
    assertThat(stopped.stoppedAt()).isEqualTo(NINE_AM.plusSeconds(60));
    assertThat(await(statuses().listRunningUserIds())).doesNotContain(user);
  }

  @Test
  void errorsCountUpAndClear() {
    long user = newUser();
    await(statuses().setRunning(user, true, NINE_AM));
    await(statuses().recordError(user, "broker timeout", NINE_AM));
    await(statuses().recordError(user, "session expired", NINE_AM));
    await(statuses().heartbeat(user, "node-a", NINE_AM));
    await(statuses().recordTaskExecution(user, NINE_AM));

    ServiceStatus status = await(statuses().find(user)).orElseThrow();
    assertThat(status.errorCount()).isEqualTo(2);
    assertThat(status.lastError()).isEqualTo("session expired");
    assertThat(status.lastHeartbeat()).isEqualTo(NINE_AM);
    assertThat(status.nodeId()).isEqualTo("node-a");
    assertThat(status.lastTaskExecution()).isEqualTo(NINE_AM);

    await(statuses().clearErrors(user, NINE_AM));
    assertThat(await(statuses().find(user)).orElseThrow().errorCount()).isZero();
  }

  @Test
  void aLiveLeaseBelongsToOneNodeAndItsEpochMovesWhenItChangesHands() {
    long user = newUser();
    await(statuses().setRunning(user, true, NINE_AM));

    long epochA = await(statuses().tryClaim(user, "node-a", 30)).orElseThrow();
    assertThat(await(statuses().tryClaim(user, "node-b", 30))).isEmpty();
    assertThat(await(statuses().tryClaim(user, "node-a", 30))).contains(epochA);
    assertThat(await(statuses().renew(user, "node-a", epochA, 30))).isTrue();
    assertThat(await(statuses().renew(user, "node-b", epochA, 30))).isFalse();

    assertThat(await(statuses().release(user, "node-a", epochA))).isTrue();
    long epochB = await(statuses().tryClaim(user, "node-b", 30)).orElseThrow();

    assertThat(epochB).isGreaterThan(epochA);
    assertThat(await(statuses().renew(user, "node-a", epochA, 30))).isFalse();
    assertThat(await(statuses().find(user)).orElseThrow().ownerNode()).isEqualTo("node-b");
  }

  @Test
  void anExpiredLeaseCanBeTakenByAnotherNode() {
    long user = newUser();
    await(statuses().setRunning(user, true, NINE_AM));
    long epochA = await(statuses().tryClaim(user, "node-a", 30)).orElseThrow();
    db.execute("UPDATE service_status SET lease_until = now() - interval '1 second' WHERE user_id = " + user);

    assertThat(await(statuses().renew(user, "node-a", epochA, 30))).isFalse();
    assertThat(await(statuses().tryClaim(user, "node-b", 30))).hasValueSatisfying(e -> assertThat(e).isGreaterThan(epochA));
  }

  @Test
  void aUserWithoutAStatusRowCannotBeClaimed() {
    assertThat(await(statuses().tryClaim(newUser(), "node-a", 30))).isEmpty();
  }
}
