package in.neotrader.sql.service;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.DatabaseTest;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.sql.users.Role;
import in.neotrader.sql.users.UserRepository;
import io.vertx.sqlclient.Pool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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

  /** Each start and stop made PostgreSQL log an ERROR (a text parameter for a timestamptz column) and retry. */
  @Test
  void startingAndStoppingRaiseNoErrorInPostgresql() throws Exception {
    TestDatabase own = TestDatabase.create();
    long before = rolledBackWhenIdle(own);
    // The count sees a statement PostgreSQL refuses: the check below can fail.
    Pool control = own.pool(vertx, 1);
    failure(control.query("SELECT * FROM no_such_table").execute());
    await(control.close());
    long afterControl = rolledBackWhenIdle(own);
    assertThat(afterControl).isEqualTo(before + 1);

    Pool used = own.pool(vertx, 1);
    long user = await(new UserRepository(used).create("start-stop@example.com", "hash", Role.TRADER)).id();
    ServiceStatusRepository repository = new ServiceStatusRepository(used);
    await(repository.setRunning(user, true, NINE_AM));
    await(repository.setRunning(user, false, NINE_AM.plusSeconds(60)));
    await(repository.setRunning(user, true, NINE_AM.plusSeconds(120)));
    await(used.close());
    assertThat(rolledBackWhenIdle(own)).as("transactions PostgreSQL rolled back on an error").isEqualTo(afterControl);
  }

  /** The database's rolled-back transactions once its other sessions have ended (a session reports at its end). */
  private static long rolledBackWhenIdle(TestDatabase database) throws Exception {
    try (Connection jdbc = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (count(jdbc, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
          + "AND pid <> pg_backend_pid()") > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      return count(jdbc, "SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()");
    }
  }

  private static long count(Connection jdbc, String sql) throws Exception {
    try (ResultSet rs = jdbc.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
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
