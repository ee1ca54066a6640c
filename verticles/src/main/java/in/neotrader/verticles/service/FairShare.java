package in.neotrader.verticles.service;

import in.neotrader.sql.service.EngineNodeRepository;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each node near its fair share of the running users (the users split evenly over the live nodes), so a
 * node that comes back after a failover gets users again instead of idling while another carries them all. A node
 * over its share hands the surplus over: it stops them here and gives their leases up; their services stay marked
 * running, and another node claims them at its next heartbeat. This node leaves them alone for two leases (after
 * that, if nobody took them, it takes them back).
 */
final class FairShare {
  private final EngineNodeRepository nodes;
  private final String nodeId;
  private final int leaseSeconds;
  private final Map<Long, Instant> handedOver = new ConcurrentHashMap<>();

  FairShare(EngineNodeRepository nodes, String nodeId, int leaseSeconds) {
    this.nodes = nodes;
    this.nodeId = nodeId;
    this.leaseSeconds = leaseSeconds;
  }

  /** Records this node's heartbeat; answers the users of {@code here} to hand over (none at or under the share). */
  Future<List<Long>> surplus(Collection<Long> here) {
    return nodes.seen(nodeId, leaseSeconds).map(share -> {
      long extra = here.size() - share.fair();
      if (share.nodes() < 2 || extra <= 0) {
        return List.<Long>of();
      }
      Instant until = Instant.now().plus(Duration.ofSeconds(2L * leaseSeconds));
      List<Long> give = here.stream().sorted(Comparator.reverseOrder()).limit(extra).toList();
      give.forEach(userId -> handedOver.put(userId, until));
      return give;
    });
  }

  /** Whether this node may claim {@code userId} now: not while it is handing it to another node. */
  boolean mayClaim(long userId) {
    Instant until = handedOver.get(userId);
    if (until != null && until.isBefore(Instant.now())) {
      handedOver.remove(userId);
      return true;
    }
    return until == null;
  }
}
