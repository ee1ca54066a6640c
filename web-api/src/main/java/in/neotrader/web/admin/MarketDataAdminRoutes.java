package in.neotrader.web.admin;

import in.neotrader.web.ops.MarketDataFreshness;
import in.neotrader.web.http.Replies;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;

/** {@code GET /api/v1/admin/market-data}: the sources' state, as /ready shows it, for the admin page. */
public final class MarketDataAdminRoutes {
  private final Pool pool;
  private final Clock clock;

  public MarketDataAdminRoutes(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  public void mount(Router admin) {
    admin.get("/market-data").handler(this::sources);
  }

  private void sources(RoutingContext ctx) {
    MarketDataFreshness.read(pool).onSuccess(f -> Replies.ok(ctx, f.toJson(clock.instant()))).onFailure(ctx::fail);
  }
}
