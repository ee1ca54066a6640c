package in.neotrader.web.watchlist;

import in.neotrader.sql.watchlist.WatchlistEntry;
import in.neotrader.sql.watchlist.WatchlistRepository;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.JsonBody;
import in.neotrader.web.http.Replies;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;

/**
 * The trader's own watchlist: symbols the daily analysis screens beside the deployment's default universe
 * (a symbol the store has no candles for is skipped by the analysis, with the reason in the task's details).
 */
public final class WatchlistRoutes {
  private final WatchlistRepository watchlists;
  private final AuditTrail audit;
  private final Clock clock;

  public WatchlistRoutes(Pool pool, AuditTrail audit, Clock clock) {
    this.watchlists = new WatchlistRepository(pool);
    this.audit = audit;
    this.clock = clock;
  }

  public void mount(Router user) {
    user.get("/watchlist").handler(this::get);
    user.put("/watchlist").handler(this::replace);
    user.delete("/watchlist/:symbol").handler(this::remove);
  }

  private void get(RoutingContext ctx) {
    watchlists.list(Caller.of(ctx).userId()).onSuccess(list -> reply(ctx, list)).onFailure(ctx::fail);
  }

  private void replace(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    List<String> symbols = WatchlistRules.symbols(JsonBody.object(ctx));
    watchlists.replace(userId, symbols, clock.instant())
        .compose(list -> audit.record(ctx, userId, "watchlist.update",
            new JsonObject().put("symbols", new JsonArray(symbols))).map(list))
        .onSuccess(list -> reply(ctx, list))
        .onFailure(ctx::fail);
  }

  private void remove(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    String symbol = WatchlistRules.normalised(ctx.pathParam("symbol"));
    watchlists.remove(userId, symbol)
        .compose(removed -> {
          if (!removed) {
            throw ApiError.notFound("watchlist symbol");
          }
          return audit.record(ctx, userId, "watchlist.remove", new JsonObject().put("symbol", symbol));
        })
        .onSuccess(v -> Replies.noContent(ctx))
        .onFailure(ctx::fail);
  }

  private static void reply(RoutingContext ctx, List<WatchlistEntry> list) {
    Replies.ok(ctx, new JsonObject().put("items", Replies.items(list, entry -> new JsonObject()
        .put("symbol", entry.symbol()).put("addedAt", Replies.at(entry.addedAt())))));
  }
}
