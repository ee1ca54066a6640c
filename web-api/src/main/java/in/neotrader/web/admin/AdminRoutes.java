package in.neotrader.web.admin;

import in.neotrader.sql.users.UserOverview;
import in.neotrader.sql.users.UserRepository;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.auth.AccountEvents;
import in.neotrader.web.auth.ActiveAccounts;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.auth.RefreshTokens;
import in.neotrader.web.auth.UserJson;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.QueryParams;
import in.neotrader.web.http.Replies;
import in.neotrader.web.keys.KeyRotation;
import in.neotrader.web.service.TradingCommands;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.LongFunction;

/** /api/v1/admin (role admin, checked before these handlers): users, their services, key rotation. Audited. */
public final class AdminRoutes {
  private final UserRepository users;
  private final TradingCommands commands;
  private final RefreshTokens refreshTokens;
  private final ActiveAccounts accounts;
  private final AccountEvents accountEvents;
  private final KeyRotation rotation;
  private final AuditTrail audit;

  public AdminRoutes(UserRepository users, TradingCommands commands, RefreshTokens refreshTokens,
      ActiveAccounts accounts, AccountEvents accountEvents, KeyRotation rotation, AuditTrail audit) {
    this.users = users;
    this.commands = commands;
    this.refreshTokens = refreshTokens;
    this.accounts = accounts;
    this.accountEvents = accountEvents;
    this.rotation = rotation;
    this.audit = audit;
  }

  public void mount(Router admin) {
    admin.get("/users").handler(this::listUsers);
    admin.post("/users/:id/service/start").handler(this::startService);
    admin.post("/users/:id/service/stop").handler(this::stopService);
    admin.post("/users/:id/disable").handler(this::disable);
    admin.post("/users/:id/enable").handler(this::enable);
    admin.post("/credentials/rotate").handler(this::rotateCredentials);
  }

  private void listUsers(RoutingContext ctx) {
    users.list(QueryParams.page(ctx)).onSuccess(page -> Replies.page(ctx, page, AdminRoutes::overview))
        .onFailure(ctx::fail);
  }

  /** A disabled account trades nothing: its service is not started, by anyone. */
  private void startService(RoutingContext ctx) {
    serviceCommand(ctx, target -> users.findById(target).compose(user -> {
      if (user.map(u -> u.disabled()).orElse(false)) {
        return Future.failedFuture(ApiError.conflict("account_disabled", "enable the account before starting it"));
      }
      return commands.start(target);
    }), "admin.service.start");
  }

  private void stopService(RoutingContext ctx) {
    serviceCommand(ctx, commands::stop, "admin.service.stop");
  }

  /** Sends start or stop for the user in the path, audits it, and answers the manager's reply. */
  private void serviceCommand(RoutingContext ctx, LongFunction<Future<JsonObject>> command, String action) {
    long target = QueryParams.id(ctx, "id");
    existing(target).compose(user -> command.apply(target))
        .compose(reply -> audited(ctx, target, action).map(reply))
        .onSuccess(reply -> Replies.ok(ctx, reply))
        .onFailure(ctx::fail);
  }

  /** Disabled: no login, no refresh, running service stopped, open sessions end within seconds. */
  private void disable(RoutingContext ctx) {
    long target = QueryParams.id(ctx, "id");
    if (target == Caller.of(ctx).userId()) {
      throw ApiError.conflict("cannot_disable_self", "an admin cannot disable their own account");
    }
    existing(target).compose(user -> users.setDisabled(target, true))
        .compose(done -> refreshTokens.revokeAll(target))
        .compose(done -> commands.stop(target).<Void>mapEmpty().recover(e -> Future.succeededFuture()))
        .compose(done -> audited(ctx, target, "admin.user.disable"))
        .onSuccess(done -> {
          accounts.forget(target);
          accountEvents.publishDisabled(target);
          Replies.noContent(ctx);
        })
        .onFailure(ctx::fail);
  }

  private void enable(RoutingContext ctx) {
    long target = QueryParams.id(ctx, "id");
    existing(target).compose(user -> users.setDisabled(target, false))
        .compose(done -> audited(ctx, target, "admin.user.enable"))
        .onSuccess(done -> {
          accounts.forget(target);
          Replies.noContent(ctx);
        })
        .onFailure(ctx::fail);
  }

  /** Re-seals every stored secret under the current key; a row changed meanwhile is skipped, not lost. */
  private void rotateCredentials(RoutingContext ctx) {
    long adminId = Caller.of(ctx).userId();
    rotation.rotate()
        .compose(done -> audit.record(ctx, adminId, "admin.credentials.rotate", done.copy()).map(done))
        .onSuccess(done -> Replies.ok(ctx, done))
        .onFailure(ctx::fail);
  }

  private Future<Void> existing(long userId) {
    return users.findById(userId).map(found -> {
      found.orElseThrow(() -> ApiError.notFound("user"));
      return null;
    });
  }

  private Future<Void> audited(RoutingContext ctx, long target, String action) {
    return audit.recordAdmin(ctx, Caller.of(ctx).userId(), target, action, new JsonObject());
  }

  private static JsonObject overview(UserOverview o) {
    return UserJson.of(o.user()).put("disabled", o.user().disabled())
        .put("createdAt", Replies.at(o.user().createdAt())).put("lastLoginAt", Replies.at(o.user().lastLoginAt()))
        .put("service", new JsonObject().put("running", o.serviceRunning()).put("node", o.ownerNode())
            .put("lastHeartbeat", Replies.at(o.lastHeartbeat())).put("errorCount", o.errorCount())
            .put("lastError", o.lastError()));
  }
}
