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
  // A lease is renewed once a third of it is spent, not at every heartbeat: 100,000 users' rows rewritten every
  // few seconds cost PostgreSQL more than everything else of an idle node. A lease with more left is held all the
  // same (no claim can take a lease that has not run out). The due rows are locked first, in user order, as every
  // statement locking many users' rows does (the fenced order writes of a burst): they never deadlock. The
  // = ANY(ARRAY(...)) forms keep the plan on the primary key (the planner cannot count the arrays' rows). A due row
  // that a burst's fenced write holds (FOR SHARE, for that statement) is skipped, not waited for: at 100,000 users
  // the renewals queued behind one burst statement after another until leases ran out mid-burst. A skipped lease
  // still running is held, and the next heartbeat renews it.
  private static final String RENEW_ALL = """
      WITH wanted AS (SELECT * FROM unnest(#{userIds}::bigint[], #{epochs}::bigint[]) AS l(user_id, epoch)),
      due AS (
        SELECT s.user_id FROM wanted l JOIN service_status s ON s.user_id = l.user_id AND s.lease_epoch = l.epoch
        WHERE s.owner_node = #{nodeId} AND s.service_running
          AND (s.lease_until IS NULL OR s.lease_until < now() + #{leaseSeconds}::int * interval '1 second' * 2 / 3)
        ORDER BY s.user_id FOR NO KEY UPDATE OF s SKIP LOCKED),
      renewed AS (
        UPDATE service_status s SET lease_until = now() + #{leaseSeconds}::int * interval '1 second',
          last_heartbeat = now(), node_id = #{nodeId}, updated_at = now()
        WHERE s.user_id = ANY(ARRAY(SELECT user_id FROM due))
        RETURNING s.user_id)
      SELECT l.user_id FROM wanted l
      LEFT JOIN renewed r ON r.user_id = l.user_id
      LEFT JOIN service_status s ON s.user_id = l.user_id AND s.lease_epoch = l.epoch AND s.owner_node = #{nodeId}
        AND s.service_running AND s.lease_until > now()
      WHERE r.user_id IS NULL AND s.user_id IS NULL""";
  private static final String ORPHANS = "SELECT user_id, owner_node FROM service_status WHERE service_running "
      + "AND (lease_until IS NULL OR lease_until <= now()) ORDER BY user_id";

  private final SqlClient client;

  public NodeLeaseRepository(SqlClient client) {
    this.client = client;
  }

  /**
   * Extends the leases of {@code userIds} held at {@code epochs} (same order). Returns the users whose lease was
   * lost (expired and taken by another node, or stopped from another node), to be stopped here: only those rows
   * come back, not one per user held.
   */
  public Future<List<Long>> renewReturningLost(String nodeId, List<Long> userIds, List<Long> epochs, int leaseSeconds) {
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
