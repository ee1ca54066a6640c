package in.neotrader.web.audit;

import in.neotrader.sql.audit.AuditEntry;
import in.neotrader.sql.audit.AuditLogRepository;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.http.QueryParams;
import in.neotrader.web.http.Replies;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;

/**
 * Writes who did what (with address and user agent) and shows a user their own trail at GET /audit.
 * Details never hold secrets: callers pass only ids, names and modes.
 */
public final class AuditTrail {
  private final AuditLogRepository repository;
  private final Clock clock;

  public AuditTrail(AuditLogRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public void mount(Router user) {
    user.get("/audit").handler(this::ownTrail);
  }

  /** A user acting on their own account. */
  public Future<Void> record(RoutingContext ctx, long userId, String action, JsonObject details) {
    return write(ctx, userId, userId, action, details);
  }

  /** An admin acting on another account. */
  public Future<Void> recordAdmin(RoutingContext ctx, long adminId, long targetUserId, String action,
      JsonObject details) {
    return write(ctx, adminId, targetUserId, action, details);
  }

  private Future<Void> write(RoutingContext ctx, Long actor, Long target, String action, JsonObject details) {
    String address = ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().hostAddress();
    return repository.insert(actor, target, action, details, clock.instant(), address,
        userAgent(ctx)).mapEmpty();
  }

  private static String userAgent(RoutingContext ctx) {
    String agent = ctx.request().getHeader("User-Agent");
    return agent == null || agent.length() <= 300 ? agent : agent.substring(0, 300);
  }

  private void ownTrail(RoutingContext ctx) {
    repository.pageForUser(Caller.of(ctx).userId(), QueryParams.page(ctx))
        .onSuccess(page -> Replies.page(ctx, page, AuditTrail::entry))
        .onFailure(ctx::fail);
  }

  private static JsonObject entry(AuditEntry e) {
    return new JsonObject().put("id", e.id()).put("at", Replies.at(e.at())).put("action", e.action())
        .put("details", e.details())
        .put("remoteAddress", e.remoteAddress());
  }
}
