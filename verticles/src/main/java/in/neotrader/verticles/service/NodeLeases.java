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
  private static final int USERS_PER_RENEWAL = 2_000;

  private final Pool pool;
  private final Map<Long, Long> epochs = new ConcurrentHashMap<>();
  private SqlConnection renewals;
  private volatile Future<Set<Long>> renewing;

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

  /**
   * Renews all leases, {@link #USERS_PER_RENEWAL} users to a statement: each holds its users' rows only briefly, so
   * a burst's writes of those users wait milliseconds, not the whole renewal. The statements are sent at once (the
   * connection pipelines them): in a burst the event loop answers late, and 50 statements waiting for it one after
   * another took longer than a lease. A heartbeat while the last renewal still runs waits for that one (it loses no
   * user of its own). Returns the users whose lease was lost.
   */
  Future<Set<Long>> renewAll() {
    Future<Set<Long>> running = renewing;
    if (running != null) {
      return running.map(lost -> Set.of());
    }
    List<Long> users = new ArrayList<>(epochs.keySet());
    Future<Set<Long>> renewed = renewals().compose(c -> {
      NodeLeaseRepository repository = new NodeLeaseRepository(c);
      List<Future<List<Long>>> statements = new ArrayList<>();
      for (int from = 0; from < users.size(); from += USERS_PER_RENEWAL) {
        List<Long> some = users.subList(from, Math.min(users.size(), from + USERS_PER_RENEWAL));
        List<Long> held = some.stream().map(u -> epochs.getOrDefault(u, -1L)).toList();
        statements.add(repository.renewReturningLost(nodeId, some, held, leaseSeconds));
      }
      return Future.all(statements).map(all -> {
        Set<Long> lost = new HashSet<>();
        statements.forEach(st -> lost.addAll(st.result()));
        lost.forEach(epochs::remove);
        return lost;
      });
    });
    renewing = renewed;
    renewed.onComplete(ar -> renewing = null);
    return renewed;
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
