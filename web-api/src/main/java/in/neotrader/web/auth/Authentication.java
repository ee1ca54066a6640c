package in.neotrader.web.auth;

import in.neotrader.web.errors.ApiError;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/**
 * Guards /api/v1/user and /api/v1/admin: a valid bearer token of an active account, else a plain 401
 * through the error contract (no stack, no log line: a flood of bad tokens must stay cheap).
 */
public final class Authentication {
  private static final String BEARER = "Bearer ";

  private final AccessTokens tokens;
  private final ActiveAccounts accounts;

  public Authentication(AccessTokens tokens, ActiveAccounts accounts) {
    this.tokens = tokens;
    this.accounts = accounts;
  }

  public void requireTrader(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      ctx.fail(ApiError.unauthorized("unauthorized", "a valid access token is required"));
      return;
    }
    caller(header.substring(BEARER.length()).trim())
        .onSuccess(caller -> {
          caller.attachTo(ctx);
          ctx.next();
        })
        .onFailure(ctx::fail);
  }

  public void requireAdmin(RoutingContext ctx) {
    if (Caller.of(ctx).admin()) {
      ctx.next();
    } else {
      ctx.fail(ApiError.forbidden("forbidden", "this needs the admin role"));
    }
  }

  /** The caller a token proves, if its account is still active; used by the event-bus bridge too. */
  public Future<Caller> caller(String token) {
    return tokens.verify(token)
        .recover(e -> Future.failedFuture(ApiError.unauthorized("unauthorized", "a valid access token is required")))
        .compose(caller -> accounts.isActive(caller.userId()).compose(active -> active
            ? Future.succeededFuture(caller)
            : Future.failedFuture(ApiError.unauthorized("account_disabled", "this account is disabled"))));
  }
}
