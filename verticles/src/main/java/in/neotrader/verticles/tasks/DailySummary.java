package in.neotrader.verticles.tasks;

import in.neotrader.sql.orders.OrderDayCounts;
import in.neotrader.sql.pnl.DailyPnl;
import in.neotrader.sql.pnl.DailyPnlRepository;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The trader's 18:00 summary, announced by eod_cleanup once the day's figures are final: today's P&L (realised
 * from the ledger, unrealised at the close), open positions, and the day's orders by state.
 */
final class DailySummary {

  private DailySummary() {}

  static Future<Void> announce(TaskRun run, BigDecimal unrealised, int openPositions) {
    UserSession s = run.session();
    Future<BigDecimal> realised = new DailyPnlRepository(s.pool()).list(s.userId(), run.day(), run.day())
        .map(days -> days.stream().map(DailyPnl::realised).reduce(BigDecimal.ZERO, BigDecimal::add));
    Future<JsonObject> orders = new OrderDayCounts(s.pool()).byStatus(s.userId(), run.day())
        .map(counts -> {
          JsonObject byStatus = new JsonObject();
          counts.forEach(byStatus::put);
          return byStatus;
        });
    return Future.all(realised, orders).map(all -> {
      JsonObject data = new JsonObject().put("tradingDay", run.day().toString())
          .put("realised", money(realised.result())).put("unrealised", money(unrealised))
          .put("total", money(realised.result().add(unrealised))).put("openPositions", openPositions)
          .put("orders", orders.result());
      run.events().add("daily.summary", run.now(), data);
      run.details().put("summary", data);
      return null;
    });
  }

  private static double money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
