package in.neotrader.verticles.trading;

import in.neotrader.sql.errors.LeaseLost;
import in.neotrader.sql.service.NodeLeaseRepository;
import io.vertx.core.Future;
import java.util.List;

/**
 * Renews one user's lease from its service, as the node's heartbeat does: an outage longer than a lease lets it run
 * out while nobody else takes it, and a run retried when the database returns would otherwise have its fenced writes
 * refused before the next heartbeat renews it. A lease another node took in the meantime is lost: the run fails.
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

  Future<Void> renew() {
    return leases.renewAll(nodeId, List.of(userId), List.of(epoch), leaseSeconds)
        .compose(renewed -> renewed.isEmpty() ? Future.failedFuture(new LeaseLost(userId, epoch))
            : Future.succeededFuture());
  }
}
