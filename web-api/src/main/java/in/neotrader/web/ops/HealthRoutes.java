package in.neotrader.web.ops;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.time.Instant;

/**
 * {@code /health}: the process is alive (and whether the DB answers); {@code /ready}: DB reachable and migrated,
 * with the market data's freshness (last candle day, each source's age and errors, this node's quote errors).
 */
public final class HealthRoutes {
  private static final String VERSION = versionOfThisBuild();
  private static final String MIGRATION_STATE =
      "SELECT count(*) FILTER (WHERE success) AS applied, count(*) FILTER (WHERE NOT success) AS failed FROM flyway_schema_history";

  private final Pool pool;

  public HealthRoutes(Pool pool) {
    this.pool = pool;
  }

  public void mount(Router router) {
    router.get("/health").handler(this::health);
    router.get("/ready").handler(this::ready);
  }

  private void health(RoutingContext ctx) {
    databaseAnswers().onComplete(db -> json(ctx, 200, new JsonObject()
        .put("status", "UP")
        .put("db", db.succeeded() ? "UP" : "DOWN")
        .put("version", VERSION)));
  }

  private void ready(RoutingContext ctx) {
    pool.query(MIGRATION_STATE).execute()
        .map(rows -> rows.iterator().next())
        .compose(row -> {
          boolean migrated = row.getLong("applied") > 0 && row.getLong("failed") == 0;
          JsonObject body = new JsonObject().put("status", migrated ? "READY" : "NOT_READY")
              .put("db", "UP").put("migrations", migrated ? "APPLIED" : "PENDING_OR_FAILED");
          // Before the migrations the market-data tables may not exist: their figures wait for a migrated schema.
          return !migrated ? Future.succeededFuture(body) : MarketDataFreshness.read(pool)
              .map(freshness -> body.put("marketData", freshness.toJson(Instant.now())));
        })
        .onSuccess(body -> json(ctx, "READY".equals(body.getString("status")) ? 200 : 503, body))
        .onFailure(e -> json(ctx, 503, new JsonObject().put("status", "NOT_READY").put("db", "DOWN")
            .put("migrations", "UNKNOWN")));
  }

  private Future<Row> databaseAnswers() {
    return pool.query("SELECT 1").execute().map(rows -> rows.iterator().next());
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("content-type", "application/json").end(body.encode());
  }

  private static String versionOfThisBuild() {
    String version = HealthRoutes.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
