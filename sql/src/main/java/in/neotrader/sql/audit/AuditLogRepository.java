package in.neotrader.sql.audit;

import in.neotrader.sql.query.Page;
import in.neotrader.sql.query.PageRequest;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;

/** The audit trail of security-relevant actions (logins, credential saves, admin changes). */
public final class AuditLogRepository {
  private static final String INSERT = """
      INSERT INTO audit_log (actor_user_id, target_user_id, action, details, at, remote_address, user_agent)
      VALUES (#{actor}, #{target}, #{action}, #{details}, #{at}, #{remoteAddress}, #{userAgent}) RETURNING *""";
  private static final String FILTER = " FROM audit_log WHERE actor_user_id = #{userId} OR target_user_id = #{userId}";
  private static final String PAGE = "SELECT *" + FILTER + " ORDER BY at DESC, id DESC LIMIT #{limit} OFFSET #{offset}";
  private static final String COUNT = "SELECT count(*) AS total" + FILTER;

  private final SqlClient client;

  public AuditLogRepository(SqlClient client) {
    this.client = client;
  }

  public AuditLogRepository forConnection(SqlClient connection) {
    return new AuditLogRepository(connection);
  }

  public Future<AuditEntry> insert(Long actorUserId, Long targetUserId, String action, JsonObject details,
      Instant at, String remoteAddress, String userAgent) {
    return Queries.single(client, INSERT, Params.of("actor", actorUserId).and("target", targetUserId)
        .and("action", action).and("details", details == null ? new JsonObject() : details).and("at", at)
        .and("remoteAddress", remoteAddress).and("userAgent", userAgent), AuditLogRepository::entry);
  }

  /** What the user did and what was done to them, newest first. */
  public Future<Page<AuditEntry>> pageForUser(long userId, PageRequest page) {
    return Page.fetch(client, PAGE, COUNT, Params.of("userId", userId), page, AuditLogRepository::entry);
  }

  private static AuditEntry entry(Row r) {
    return new AuditEntry(r.getLong("id"), r.getLong("actor_user_id"), r.getLong("target_user_id"),
        r.getString("action"), r.getJsonObject("details"), Rows.instant(r, "at"), r.getString("remote_address"),
        r.getString("user_agent"));
  }
}
