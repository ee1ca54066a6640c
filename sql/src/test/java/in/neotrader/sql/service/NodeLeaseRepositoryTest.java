package in.neotrader.sql.service;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 30 s database outage let every lease run out while both nodes lived; the owner's next heartbeat then counted
 * its users as lost and cut their runs short. A lease that ran out but that no node claimed is renewed by its owner.
 */
class NodeLeaseRepositoryTest extends DatabaseTest {

  @Test
  void anExpiredLeaseNobodyClaimedIsRenewedByItsOwnerButNotOnceAnotherNodeClaimedIt() {
    ServiceStatusRepository statuses = new ServiceStatusRepository(pool);
    NodeLeaseRepository leases = new NodeLeaseRepository(pool);
    long user = newUser();
    await(statuses.setRunning(user, true, Instant.now()));
    long epoch = await(statuses.tryClaim(user, "node-a", 30)).orElseThrow();
    expire(user);

    assertThat(await(leases.renewReturningLost("node-a", List.of(user), List.of(epoch), 30))).isEmpty();
    assertThat(secondsLeft(user)).isBetween(28L, 30L);
    expire(user);
    long claimed = await(statuses.tryClaim(user, "node-b", 30)).orElseThrow();
    assertThat(claimed).isGreaterThan(epoch);
    assertThat(await(leases.renewReturningLost("node-a", List.of(user), List.of(epoch), 30))).as("node-b holds it now")
        .containsExactly(user);
    assertThat(await(leases.renewReturningLost("node-b", List.of(user), List.of(claimed), 30))).isEmpty();
  }

  @Test
  void aLeaseIsRewrittenOnlyOnceAThirdOfItIsSpentAndHeldMeanwhile() {
    NodeLeaseRepository leases = new NodeLeaseRepository(pool);
    long fresh = newUser();
    long spent = newUser();
    long freshEpoch = runningOnNodeA(fresh);
    long spentEpoch = runningOnNodeA(spent);
    await(pool.query("UPDATE service_status SET lease_until = now() + interval '25 seconds', "
        + "last_heartbeat = now() - interval '5 seconds' WHERE user_id = " + fresh).execute());
    await(pool.query("UPDATE service_status SET lease_until = now() + interval '15 seconds' WHERE user_id = "
        + spent).execute());

    assertThat(await(leases.renewReturningLost("node-a", List.of(fresh, spent), List.of(freshEpoch, spentEpoch), 30)))
        .as("both held").isEmpty();

    assertThat(secondsLeft(fresh)).as("not rewritten").isBetween(23L, 25L);
    assertThat(secondsLeft(spent)).as("renewed").isBetween(28L, 30L);
  }

  @Test
  void aDueLeaseThatABurstWriteHoldsIsSkippedNotWaitedForAndRenewedNextTime() {
    NodeLeaseRepository leases = new NodeLeaseRepository(pool);
    long busy = newUser();
    long other = newUser();
    long busyEpoch = runningOnNodeA(busy);
    long otherEpoch = runningOnNodeA(other);
    await(pool.query("UPDATE service_status SET lease_until = now() + interval '15 seconds' WHERE user_id IN ("
        + busy + ", " + other + ")").execute());

    // An order write of the user's, fenced by its lease, holds the row (FOR SHARE) until it commits.
    SqlConnection burst = await(pool.getConnection());
    try {
      Transaction write = await(burst.begin());
      await(burst.query("SELECT 1 FROM service_status WHERE user_id = " + busy + " FOR SHARE").execute());
      assertThat(await(leases.renewReturningLost("node-a", List.of(busy, other), List.of(busyEpoch, otherEpoch),
          30))).as("both held").isEmpty();
      assertThat(secondsLeft(busy)).as("skipped while held").isBetween(13L, 15L);
      assertThat(secondsLeft(other)).isBetween(28L, 30L);
      await(write.commit());
    } finally {
      await(burst.close());
    }
    assertThat(await(leases.renewReturningLost("node-a", List.of(busy), List.of(busyEpoch), 30))).isEmpty();
    assertThat(secondsLeft(busy)).as("renewed once free").isBetween(28L, 30L);
  }

  /** The user's service marked running and its lease claimed by node-a for 30 s: the epoch. */
  private long runningOnNodeA(long user) {
    ServiceStatusRepository statuses = new ServiceStatusRepository(pool);
    await(statuses.setRunning(user, true, Instant.now()));
    return await(statuses.tryClaim(user, "node-a", 30)).orElseThrow();
  }

  private long secondsLeft(long user) {
    return await(pool.query("SELECT extract(epoch FROM lease_until - now())::bigint FROM service_status "
        + "WHERE user_id = " + user).execute()).iterator().next().getLong(0);
  }

  private void expire(long user) {
    await(pool.query("UPDATE service_status SET lease_until = now() - interval '1 second' WHERE user_id = " + user)
        .execute());
  }
}
