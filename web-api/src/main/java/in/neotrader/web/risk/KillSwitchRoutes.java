package in.neotrader.web.risk;

import static in.neotrader.web.http.BodyField.optionalFlag;
import static in.neotrader.web.http.BodyField.optionalText;

import in.neotrader.sql.risk.HaltLevel;
import in.neotrader.sql.risk.TradingHalt;
import in.neotrader.sql.risk.TradingHaltRepository;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.http.JsonBody;
import in.neotrader.web.http.QueryParams;
import in.neotrader.web.http.Replies;
import in.neotrader.web.service.TradingCommands;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The kill switch at its three levels: a trader's own (PUT/DELETE /user/kill-switch), an admin's for one user and
 * an admin's for the whole deployment. Setting one stores it first (restarts and failovers keep it), then tells each
 * affected running service and answers only once they stopped sending; clearing one leaves the others in force.
 */
public final class KillSwitchRoutes {

  private final TradingHaltRepository halts;
  private final ServiceStatusRepository services;
  private final TradingCommands commands;
  private final AuditTrail audit;
  private final Clock clock;

  public KillSwitchRoutes(Pool pool, TradingCommands commands, AuditTrail audit, Clock clock) {
    this.halts = new TradingHaltRepository(pool);
    this.services = new ServiceStatusRepository(pool);
    this.commands = commands;
    this.audit = audit;
    this.clock = clock;
  }

  public void mountUser(Router user) {
    user.get("/kill-switch").handler(ctx -> reply(ctx, Caller.of(ctx).userId()));
    user.put("/kill-switch").handler(ctx -> set(ctx, Caller.of(ctx).userId(), HaltLevel.USER));
    user.delete("/kill-switch").handler(ctx -> clear(ctx, Caller.of(ctx).userId(), HaltLevel.USER));
  }

  public void mountAdmin(Router admin) {
    admin.get("/users/:id/kill-switch").handler(ctx -> reply(ctx, QueryParams.id(ctx, "id")));
    admin.put("/users/:id/kill-switch").handler(ctx -> set(ctx, QueryParams.id(ctx, "id"), HaltLevel.ADMIN));
    admin.delete("/users/:id/kill-switch").handler(ctx -> clear(ctx, QueryParams.id(ctx, "id"), HaltLevel.ADMIN));
    admin.get("/kill-switch").handler(this::replyDeployment);
    admin.put("/kill-switch").handler(ctx -> set(ctx, 0, HaltLevel.DEPLOYMENT));
    admin.delete("/kill-switch").handler(ctx -> clear(ctx, 0, HaltLevel.DEPLOYMENT));
  }

  private void set(RoutingContext ctx, long userId, HaltLevel level) {
    JsonObject body = JsonBody.read(ctx, optionalText("reason", 300), optionalFlag("cancelOpenOrders"));
    String reason = Optional.ofNullable(body.getString("reason")).map(String::trim).filter(r -> !r.isEmpty())
        .orElse("stopped by hand");
    boolean cancelOpen = body.getBoolean("cancelOpenOrders", false);
    long actor = Caller.of(ctx).userId();
    Optional<Long> target = level == HaltLevel.DEPLOYMENT ? Optional.empty() : Optional.of(userId);
    TradingHalt stored = new TradingHalt(target, level, reason, cancelOpen, Optional.of(actor), clock.instant());
    halts.set(target, level, reason, cancelOpen, Optional.of(actor), stored.setAt())
        .compose(v -> affected(target))
        .compose(users -> Future.all(users.stream()
            .map(u -> commands.halt(u, stored.describe(), cancelOpen)).toList()).map(users))
        .compose(users -> audited(ctx, actor, target, "kill-switch.set", new JsonObject().put("level", level.stored())
            .put("reason", reason).put("cancelOpenOrders", cancelOpen).put("servicesStopped", users.size())))
        .onSuccess(v -> respond(ctx, target))
        .onFailure(ctx::fail);
  }

  private void clear(RoutingContext ctx, long userId, HaltLevel level) {
    long actor = Caller.of(ctx).userId();
    Optional<Long> target = level == HaltLevel.DEPLOYMENT ? Optional.empty() : Optional.of(userId);
    halts.clear(target, level)
        .compose(cleared -> affected(target).compose(users -> Future.all(users.stream().map(commands::resume)
            .toList())).map(cleared))
        .compose(cleared -> audited(ctx, actor, target, "kill-switch.cleared",
            new JsonObject().put("level", level.stored()).put("wasSet", cleared)))
        .onSuccess(v -> respond(ctx, target))
        .onFailure(ctx::fail);
  }

  /** One user, or every running service for the deployment's switch. */
  private Future<List<Long>> affected(Optional<Long> target) {
    return target.map(u -> Future.succeededFuture(List.of(u))).orElseGet(services::listRunningUserIds);
  }

  private Future<Void> audited(RoutingContext ctx, long actor, Optional<Long> target, String action,
      JsonObject details) {
    return audit.recordAdmin(ctx, actor, target.orElse(actor), action, details);
  }

  private void respond(RoutingContext ctx, Optional<Long> target) {
    target.ifPresentOrElse(u -> reply(ctx, u), () -> replyDeployment(ctx));
  }

  private void reply(RoutingContext ctx, long userId) {
    halts.applyingTo(userId).onSuccess(active -> Replies.ok(ctx, json(active))).onFailure(ctx::fail);
  }

  private void replyDeployment(RoutingContext ctx) {
    halts.deployment().onSuccess(active -> Replies.ok(ctx, json(active.stream().toList()))).onFailure(ctx::fail);
  }

  /** {@code {active, switches: [{level, reason, message, cancelOpenOrders, setAt}]}}, oldest first. */
  static JsonObject json(List<TradingHalt> active) {
    JsonArray switches = new JsonArray();
    active.forEach(h -> switches.add(new JsonObject().put("level", h.level().stored()).put("reason", h.reason())
        .put("message", h.describe()).put("cancelOpenOrders", h.cancelOpenOrders()).put("setAt", Replies.at(h.setAt()))));
    return new JsonObject().put("active", !active.isEmpty()).put("switches", switches);
  }
}
