package in.neotrader.verticles.service;

import in.neotrader.sql.service.NodeLeaseRepository;
import in.neotrader.sql.service.ServiceStatusRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The leases this node holds, by user, with the epoch every order write of that user carries. They are renewed on a
 * connection of their own, kept apart from the pool the users' runs share: a burst that queues thousands of
 * statements in the pool must not hold the renewal back until every lease ran out and fenced every run.
 */
final class NodeLeases {

  private final String nodeId;
  private final int leaseSeconds;
  private final ServiceStatusRepository status;
  private final Pool pool;
  private final Map<Long, Long> epochs = new ConcurrentHashMap<>();
  private SqlConnection renewals;

  NodeLeases(String nodeId, int leaseSeconds, ServiceStatusRepository status, Pool pool) {
    this.nodeId = nodeId;
    this.leaseSeconds = leaseSeconds;
    this.status = status;
    this.pool = pool;
  }

  /** The epoch of a lease taken now; empty when another node holds a live one. */
  Future<Optional<Long>> claim(long userId) {
    return status.tryClaim(userId, nodeId, leaseSeconds).onSuccess(epoch -> epoch.ifPresent(e -> epochs.put(userId, e)));
  }

  Future<Boolean> release(long userId) {
    Long epoch = epochs.remove(userId);
    return epoch == null ? Future.succeededFuture(false) : status.release(userId, nodeId, epoch);
  }

  /** Renews all leases in one statement; returns the users whose lease was lost. */
  Future<Set<Long>> renewAll() {
    if (epochs.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    List<Long> users = new ArrayList<>(epochs.keySet());
    List<Long> held = users.stream().map(epochs::get).toList();
    return renewals().compose(c -> new NodeLeaseRepository(c).renewAll(nodeId, users, held, leaseSeconds))
        .map(renewed -> {
          Set<Long> lost = new HashSet<>(users);
          renewed.forEach(lost::remove);
          lost.forEach(epochs::remove);
          return lost;
        });
  }

  /** The renewals' connection; taken from the pool again after it closed (an outage). */
  private Future<SqlConnection> renewals() {
    if (renewals != null) {
      return Future.succeededFuture(renewals);
    }
    return pool.getConnection().onSuccess(c -> {
      renewals = c;
      c.closeHandler(v -> {
        if (renewals == c) {
          renewals = null;
        }
      });
    });
  }

  Future<Void> close() {
    SqlConnection c = renewals;
    renewals = null;
    return c == null ? Future.succeededFuture() : c.close();
  }

  Set<Long> held() {
    return epochs.keySet();
  }
}
