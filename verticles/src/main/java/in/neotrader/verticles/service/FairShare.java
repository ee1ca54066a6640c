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
 * that, if nobody took them, it takes them back). A service with a run queued, in flight or waiting out an outage is
 * not moved: stopping it would cut that run short, and the next owner would run the slot a second time.
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

  /** Records this node's heartbeat; answers how many users it holds over its fair share (0 at or under it). */
  Future<Integer> surplus(int here) {
    return nodes.seen(nodeId, leaseSeconds).map(share -> share.nodes() < 2 ? 0 : (int) Math.max(0, here - share.fair()));
  }

  /**
   * The services to ask about moving, newest user first: a few more than {@code extra}, since busy ones stay (for a
   * later heartbeat), but not every service of a node holding thousands.
   */
  List<Long> candidates(Collection<Long> here, int extra) {
    return here.stream().sorted(Comparator.reverseOrder()).limit(2L * extra + 16).toList();
  }

  /** Notes that {@code userId} is being handed to another node, so this one leaves it alone for two leases. */
  void handingOver(long userId) {
    handedOver.put(userId, Instant.now().plus(Duration.ofSeconds(2L * leaseSeconds)));
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
