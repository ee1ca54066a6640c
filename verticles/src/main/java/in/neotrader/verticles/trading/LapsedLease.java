package in.neotrader.verticles.trading;

import in.neotrader.sql.errors.LeaseLapsed;
import in.neotrader.sql.errors.LeaseLost;
import in.neotrader.sql.service.NodeLeaseRepository;
import in.neotrader.verticles.tasks.TaskRunner;
import io.vertx.core.Future;
import java.util.List;

/**
 * Renews one user's lease from its service, as the node's heartbeat does. An outage longer than a lease lets it run
 * out while nobody else takes it; a run in the gap before the next heartbeat (retried when the database returns, or
 * due then) had its fenced writes refused and was recorded failed, "lease no longer held". A lease another node
 * took in the meantime stays lost: the run fails.
 */
final class LapsedLease {
  private final NodeLeaseRepository leases;
  private final String nodeId;
  private final long userId;
  private final long epoch;
  private final int leaseSeconds;

  LapsedLease(EngineServices services, long userId, long epoch) {
    this.leases = new NodeLeaseRepository(services.pool());
    this.nodeId = services.nodeId();
    this.userId = userId;
    this.epoch = epoch;
    this.leaseSeconds = services.leaseSeconds();
  }

  /** {@code runner} after a renewal: for a run retried after an outage, which may have outlived the lease. */
  TaskRunner renewingFirst(TaskRunner runner) {
    return run -> renew().compose(v -> runner.run(run));
  }

  /** {@code runner} whose writes refused for a lease that only ran out fail as {@link LeaseLapsed}, to be retried. */
  TaskRunner retriedIfLapsed(TaskRunner runner) {
    return run -> runner.run(run).recover(err -> leaseLost(err) == null ? Future.failedFuture(err)
        : renew().compose(v -> Future.failedFuture(new LeaseLapsed(leaseLost(err)))));
  }

  private Future<Void> renew() {
    return leases.renewReturningLost(nodeId, List.of(userId), List.of(epoch), leaseSeconds)
        .compose(lost -> lost.isEmpty() ? Future.succeededFuture()
            : Future.failedFuture(new LeaseLost(userId, epoch)));
  }

  private static LeaseLost leaseLost(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof LeaseLost lost) {
        return lost;
      }
    }
    return null;
  }
}
