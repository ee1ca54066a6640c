package in.neotrader.sql.service;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/** engine_nodes: each node's last heartbeat, and the share of the running users that falls to each live node. */
public final class EngineNodeRepository {
  private static final String SEEN = "INSERT INTO engine_nodes (node_id, last_seen) VALUES ($1, now()) "
      + "ON CONFLICT (node_id) DO UPDATE SET last_seen = now()";
  // Every running user (those between two nodes too, so the share holds still while they move), and the nodes
  // seen within one lease: a node that stopped heartbeating no longer counts.
  private static final String SHARE = "SELECT (SELECT count(*) FROM service_status WHERE service_running) AS users, "
      + "(SELECT count(*) FROM engine_nodes "
      + "WHERE last_seen > now() - $1::int * interval '1 second') AS nodes";

  private final SqlClient client;

  public EngineNodeRepository(SqlClient client) {
    this.client = client;
  }

  /** The running users, and the nodes alive within {@code leaseSeconds}. */
  public record Share(long users, long nodes) {
    /** A live node's fair number of users: the users split evenly, rounded up. */
    public long fair() {
      return nodes == 0 ? users : (users + nodes - 1) / nodes;
    }
  }

  /** Records this node's heartbeat and answers how the users are shared now. */
  public Future<Share> seen(String nodeId, int leaseSeconds) {
    return client.preparedQuery(SEEN).execute(Tuple.of(nodeId))
        .compose(done -> client.preparedQuery(SHARE).execute(Tuple.of(leaseSeconds)))
        .map(rows -> new Share(rows.iterator().next().getLong("users"), rows.iterator().next().getLong("nodes")));
  }
}
