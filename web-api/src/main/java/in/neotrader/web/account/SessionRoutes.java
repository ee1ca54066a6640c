package in.neotrader.web.account;

import in.neotrader.sql.auth.SignedInSession;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.auth.RefreshTokens;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.Replies;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * The trader's signed-in sessions (one per login, a family of refresh tokens): list them, end one, or log out
 * everywhere. An ended session cannot refresh; an access token already given out lasts until it expires
 * (ACCESS_TOKEN_SECONDS). Each ending is audited.
 */
public final class SessionRoutes {
  private final RefreshTokens refreshTokens;
  private final AuditTrail audit;

  public SessionRoutes(RefreshTokens refreshTokens, AuditTrail audit) {
    this.refreshTokens = refreshTokens;
    this.audit = audit;
  }

  public void mount(Router user) {
    user.get("/sessions").handler(this::list);
    user.delete("/sessions/:id").handler(this::end);
    user.post("/sessions/revoke-all").handler(this::endAll);
  }

  private void list(RoutingContext ctx) {
    refreshTokens.active(Caller.of(ctx).userId())
        .onSuccess(sessions -> Replies.ok(ctx, new JsonObject().put("items", Replies.items(sessions, SessionRoutes::json))))
        .onFailure(ctx::fail);
  }

  private void end(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    UUID id;
    try {
      id = UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw ApiError.notFound("session");
    }
    refreshTokens.revokeSession(userId, id)
        .compose(ended -> {
          if (!ended) {
            throw ApiError.notFound("session");
          }
          return audit.record(ctx, userId, "session.revoke", new JsonObject().put("session", id.toString()));
        })
        .onSuccess(done -> Replies.noContent(ctx))
        .onFailure(ctx::fail);
  }

  private void endAll(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    refreshTokens.revokeAll(userId)
        .compose(done -> audit.record(ctx, userId, "session.revoke-all", new JsonObject()))
        .onSuccess(done -> Replies.noContent(ctx))
        .onFailure(ctx::fail);
  }

  private static JsonObject json(SignedInSession s) {
    return new JsonObject().put("id", s.familyId().toString()).put("signedInAt", Replies.at(s.signedInAt()))
        .put("lastActiveAt", Replies.at(s.lastActiveAt())).put("expiresAt", Replies.at(s.expiresAt()));
  }
}
