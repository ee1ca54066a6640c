package in.neotrader.sql.service;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;

/**
 * Renews every lease a node holds in one statement: with thousands of users per node, one UPDATE per
 * user every few seconds would be most of the database's work.
 */
public final class NodeLeaseRepository {
  // A lease that ran out (the database was unreachable) is still renewed while its epoch is unchanged: no node
  // claimed it since, so nobody else traded; a claim bumps the epoch, and the row lock orders the two.
  private static final String RENEW_ALL = """
      UPDATE service_status s SET lease_until = now() + #{leaseSeconds}::int * interval '1 second',
        last_heartbeat = now(), node_id = #{nodeId}, updated_at = now()
      FROM unnest(#{userIds}::bigint[], #{epochs}::bigint[]) AS l(user_id, epoch)
      WHERE s.user_id = l.user_id AND s.lease_epoch = l.epoch AND s.owner_node = #{nodeId} AND s.service_running
      RETURNING s.user_id""";
  private static final String ORPHANS = "SELECT user_id, owner_node FROM service_status WHERE service_running "
      + "AND (lease_until IS NULL OR lease_until <= now()) ORDER BY user_id";

  private final SqlClient client;

  public NodeLeaseRepository(SqlClient client) {
    this.client = client;
  }

  /**
   * Extends the leases of {@code userIds} held at {@code epochs} (same order). Returns the users still held;
   * a user missing from the answer was lost (expired, taken by another node, or stopped from another node) and
   * must be stopped here.
   */
  public Future<List<Long>> renewAll(String nodeId, List<Long> userIds, List<Long> epochs, int leaseSeconds) {
    return Queries.list(client, RENEW_ALL, Params.of("nodeId", nodeId).and("userIds", userIds.toArray(Long[]::new))
        .and("epochs", epochs.toArray(Long[]::new)).and("leaseSeconds", leaseSeconds), row -> row.getLong("user_id"));
  }

  /** Users whose service should run but whom no node holds (never claimed, or their node died). */
  /** A running user whose lease has run out, and the node that held it last (null if none ever did). */
  public record Orphan(long userId, String lastOwner) {}

  public Future<List<Orphan>> orphans() {
    return Queries.list(client, ORPHANS, Params.none(), row -> new Orphan(row.getLong("user_id"),
        row.getString("owner_node")));
  }
}
