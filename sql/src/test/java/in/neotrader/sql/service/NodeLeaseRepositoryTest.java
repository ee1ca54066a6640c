package in.neotrader.sql.service;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.DatabaseTest;
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

    assertThat(await(leases.renewAll("node-a", List.of(user), List.of(epoch), 30))).containsExactly(user);
    expire(user);
    long claimed = await(statuses.tryClaim(user, "node-b", 30)).orElseThrow();
    assertThat(claimed).isGreaterThan(epoch);
    assertThat(await(leases.renewAll("node-a", List.of(user), List.of(epoch), 30))).as("node-b holds it now").isEmpty();
    assertThat(await(leases.renewAll("node-b", List.of(user), List.of(claimed), 30))).containsExactly(user);
  }

  private void expire(long user) {
    await(pool.query("UPDATE service_status SET lease_until = now() - interval '1 second' WHERE user_id = " + user)
        .execute());
  }
}
