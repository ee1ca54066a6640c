package in.neotrader.sql.service;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.UserBatches;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The service_status row of each user: the running flag (the truth of what should run), heartbeat and error
 * counters, and the node lease. Lease times use the database clock, the one clock all nodes share.
 */
public final class ServiceStatusRepository {
  private static final String FIND = "SELECT * FROM service_status WHERE user_id = ANY(#{userIds})";
  // The casts: a parameter inside CASE is otherwise typed text, PostgreSQL refuses the statement (logging an
  // ERROR) and the client prepares it again with the values' types.
  private static final String SET_RUNNING = """
      INSERT INTO service_status AS s (user_id, service_running, started_at, stopped_at, updated_at)
      VALUES (#{userId}, #{running}, CASE WHEN #{running} THEN #{at}::timestamptz END,
        CASE WHEN NOT #{running} THEN #{at}::timestamptz END, #{at})
      ON CONFLICT (user_id) DO UPDATE SET service_running = EXCLUDED.service_running,
        started_at = coalesce(EXCLUDED.started_at, s.started_at),
        stopped_at = coalesce(EXCLUDED.stopped_at, s.stopped_at), updated_at = EXCLUDED.updated_at
      RETURNING *""";
  private static final String HEARTBEAT = "UPDATE service_status SET last_heartbeat = #{at}, node_id = #{nodeId}, "
      + "updated_at = #{at} WHERE user_id = #{userId}";
  private static final String TASK_EXECUTED = "UPDATE service_status SET last_task_execution = #{at}, "
      + "updated_at = #{at} WHERE user_id = #{userId}";
  private static final String ERROR = "UPDATE service_status SET error_count = error_count + 1, last_error = #{error}, "
      + "updated_at = #{at} WHERE user_id = #{userId}";
  private static final String CLEAR_ERRORS = "UPDATE service_status SET error_count = 0, last_error = NULL, "
      + "updated_at = #{at} WHERE user_id = #{userId}";
  private static final String RUNNING_USERS = "SELECT user_id FROM service_status WHERE service_running ORDER BY user_id";
  // The epoch moves on every change of hands (and on a re-claim after expiry, to fence the node's old incarnation).
  // The claims of a node resuming its users go many to a statement (UserBatches), their rows locked in user order
  // as every statement locking many users' rows does. A claim is the lease's first heartbeat (renewals come only
  // once a third of the lease is spent).
  private static final String CLAIM = """
      WITH due AS (SELECT user_id FROM service_status WHERE user_id = ANY(#{userIds})
        AND (owner_node IS NULL OR lease_until IS NULL OR lease_until <= now() OR owner_node = #{nodeId})
        ORDER BY user_id FOR NO KEY UPDATE)
      UPDATE service_status SET
        lease_epoch = CASE WHEN owner_node = #{nodeId} AND lease_until > now() THEN lease_epoch ELSE lease_epoch + 1 END,
        owner_node = #{nodeId}, node_id = #{nodeId}, last_heartbeat = now(),
        lease_until = now() + #{leaseSeconds}::int * interval '1 second', updated_at = now()
      WHERE user_id = ANY(ARRAY(SELECT user_id FROM due))
        AND (owner_node IS NULL OR lease_until IS NULL OR lease_until <= now() OR owner_node = #{nodeId})
      RETURNING user_id, lease_epoch""";
  private static final String RENEW = """
      UPDATE service_status SET lease_until = now() + #{leaseSeconds}::int * interval '1 second',
        last_heartbeat = now(), updated_at = now()
      WHERE user_id = #{userId} AND owner_node = #{nodeId} AND lease_epoch = #{epoch} AND lease_until > now()""";
  private static final String RELEASE = """
      UPDATE service_status SET owner_node = NULL, lease_until = NULL, updated_at = now()
      WHERE user_id = #{userId} AND owner_node = #{nodeId} AND lease_epoch = #{epoch}""";

  private final SqlClient client;

  public ServiceStatusRepository(SqlClient client) {
    this.client = client;
  }

  public ServiceStatusRepository forConnection(SqlClient connection) {
    return new ServiceStatusRepository(connection);
  }

  public Future<Optional<ServiceStatus>> find(long userId) {
    return UserBatches.list(client, FIND, userId, Params.none(), ServiceStatusRepository::status)
        .map(rows -> rows.stream().findFirst());
  }

  /** Start or stop: creates the row on the first start. */
  public Future<ServiceStatus> setRunning(long userId, boolean running, Instant at) {
    return Queries.single(client, SET_RUNNING,
        Params.of("userId", userId).and("running", running).and("at", at), ServiceStatusRepository::status);
  }

  public Future<Boolean> heartbeat(long userId, String nodeId, Instant at) {
    return Queries.applied(client, HEARTBEAT, Params.of("userId", userId).and("nodeId", nodeId).and("at", at));
  }

  public Future<Boolean> recordTaskExecution(long userId, Instant at) {
    return Queries.applied(client, TASK_EXECUTED, Params.of("userId", userId).and("at", at));
  }

  public Future<Boolean> recordError(long userId, String error, Instant at) {
    return Queries.applied(client, ERROR, Params.of("userId", userId).and("error", error).and("at", at));
  }

  public Future<Boolean> clearErrors(long userId, Instant at) {
    return Queries.applied(client, CLEAR_ERRORS, Params.of("userId", userId).and("at", at));
  }

  /** Every user whose service should run, across all users: for the ServiceManager only. */
  public Future<List<Long>> listRunningUserIds() {
    return Queries.list(client, RUNNING_USERS, Params.none(), row -> row.getLong("user_id"));
  }

  /**
   * Takes the user's lease for this node when nobody holds it, it expired, or this node holds it already.
   * Returns the lease epoch to put on every order write; empty when another node holds a live lease (or the
   * user has no service_status row yet).
   */
  public Future<Optional<Long>> tryClaim(long userId, String nodeId, int leaseSeconds) {
    return UserBatches.list(client, CLAIM, userId, Params.of("nodeId", nodeId).and("leaseSeconds", leaseSeconds),
        row -> row.getLong("lease_epoch")).map(rows -> rows.stream().findFirst());
  }

  /** Extends a live lease; false when it expired or changed hands (the node must then stop and reclaim). */
  public Future<Boolean> renew(long userId, String nodeId, long epoch, int leaseSeconds) {
    return Queries.applied(client, RENEW, lease(userId, nodeId).and("epoch", epoch).and("leaseSeconds", leaseSeconds));
  }

  /** Gives the lease up so another node may take the user at once; false when it was not ours any more. */
  public Future<Boolean> release(long userId, String nodeId, long epoch) {
    return Queries.applied(client, RELEASE, lease(userId, nodeId).and("epoch", epoch));
  }

  private static Params lease(long userId, String nodeId) {
    return Params.of("userId", userId).and("nodeId", nodeId);
  }

  private static ServiceStatus status(Row row) {
    return new ServiceStatus(row.getLong("user_id"), row.getBoolean("service_running"),
        Rows.instant(row, "last_heartbeat"), Rows.instant(row, "last_task_execution"), row.getInteger("error_count"),
        row.getString("last_error"), row.getString("node_id"), row.getString("owner_node"),
        Rows.instant(row, "lease_until"), row.getLong("lease_epoch"), Rows.instant(row, "started_at"),
        Rows.instant(row, "stopped_at"), Rows.instant(row, "updated_at"));
  }
}
