package in.neotrader.verticles.tasks;

import in.neotrader.sql.service.LogLevel;
import in.neotrader.verticles.orders.OrderBookSync;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * premarket_retry (09:00): the pre-flight of the legacy run (holdings must answer), a sync of the AMO queue, then
 * a placement run on the last analysis: the retry queue first, then recommendations not yet bought. The legacy
 * cancel-and-replace of yesterday's AMOs after the 08:57 cut-off is deliberately not copied (TRADING_RULES §12):
 * it could lose or double an order, so a symbol with a pending buy is left alone.
 */
public final class PremarketCheck implements TaskRunner {

  private final AmoBuyOrders placement = AmoBuyOrders.beforeOpen();

  @Override
  public Future<Void> run(TaskRun run) {
    UserSession s = run.session();
    return s.account().broker().holdings()
        .compose(holdings -> new OrderBookSync(s).sync(run.events()).map(synced -> {
          run.details().put("holdings", holdings.size()).put("ordersMoved", synced.moved());
          run.log(LogLevel.INFO, "pre-market check: " + holdings.size() + " holdings",
              new JsonObject().put("holdings", holdings.size()));
          return null;
        }))
        .compose(v -> placement.run(run));
  }
}
