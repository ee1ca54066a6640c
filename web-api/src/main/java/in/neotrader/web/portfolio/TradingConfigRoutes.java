package in.neotrader.web.portfolio;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.sql.tradingconfig.TradingConfigRepository;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.JsonBody;
import in.neotrader.web.http.Replies;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Map;

/**
 * The trader's strategy settings (TRADING_RULES §11, snake_case). PUT takes any subset of fields; the result
 * of applying it to the current settings is checked by core's validation (every field and the rules that tie
 * fields together) before anything is stored.
 */
public final class TradingConfigRoutes {
  private final TradingConfigRepository configs;
  private final AuditTrail audit;

  private TradingConfigRoutes(TradingConfigRepository configs, AuditTrail audit) {
    this.configs = configs;
    this.audit = audit;
  }

  public static TradingConfigRoutes create(Pool pool, AuditTrail audit) {
    return new TradingConfigRoutes(new TradingConfigRepository(pool), audit);
  }

  public void mount(Router user) {
    user.get("/trading-config").handler(this::get);
    user.put("/trading-config").handler(this::update);
    user.post("/trading-config/reset").handler(this::reset);
  }

  private void get(RoutingContext ctx) {
    configs.get(Caller.of(ctx).userId()).onSuccess(c -> Replies.ok(ctx, c.values())).onFailure(ctx::fail);
  }

  private void update(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    JsonObject changes = JsonBody.object(ctx);
    configs.get(userId)
        .compose(current -> {
          Map<String, String> problems = TradingConfig.validate(current.values().copy().mergeIn(changes));
          if (!problems.isEmpty()) {
            throw ApiError.validation(problems);
          }
          return configs.update(userId, changes, Clock.systemUTC().instant());
        })
        .compose(saved -> audit.record(ctx, userId, "trading-config.update",
            new JsonObject().put("fields", new io.vertx.core.json.JsonArray(changes.fieldNames().stream().sorted().toList())))
            .map(saved))
        .onSuccess(saved -> Replies.ok(ctx, saved.values()))
        .onFailure(ctx::fail);
  }

  private void reset(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    configs.resetToDefaults(userId)
        .compose(saved -> audit.record(ctx, userId, "trading-config.reset", new JsonObject()).map(saved))
        .onSuccess(saved -> Replies.ok(ctx, saved.values()))
        .onFailure(ctx::fail);
  }
}
