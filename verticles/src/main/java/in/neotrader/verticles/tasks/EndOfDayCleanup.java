package in.neotrader.verticles.tasks;

import in.neotrader.sql.paper.PaperAccountRepository;
import in.neotrader.sql.pnl.DailyPnlLedger;
import in.neotrader.sql.positions.Position;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.verticles.orders.OrderBookSync;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * eod_cleanup (18:00): expired DAY orders and never-sent intents are closed through the order book, retry-queue
 * entries past their window are marked expired, and the day's unrealised P&L (holdings at the close) is written
 * to daily_pnl; then the day's summary is announced (daily.summary).
 */
public final class EndOfDayCleanup implements TaskRunner {

  @Override
  public Future<Void> run(TaskRun run) {
    UserSession s = run.session();
    return new OrderBookSync(s).closeDay(run.events())
        .compose(synced -> {
          run.details().put("ordersClosed", synced.moved());
          return new BuyRetryQueue(s).expireStale();
        })
        .compose(expired -> {
          run.details().put("queuedBuysExpired", expired);
          return new PositionRepository(s.pool()).listOpen(s.userId());
        })
        .compose(positions -> unrealised(s, positions).compose(unrealised -> {
          run.details().put("unrealised", unrealised.doubleValue());
          run.log(LogLevel.INFO, "end of day: unrealised P&L " + unrealised.toPlainString(), null);
          Future<Integer> pnl = s.mayWrite().compose(v -> new DailyPnlLedger(s.pool())
              .setUnrealised(s.userId(), run.day(), unrealised, run.now()));
          Future<Void> valued = !"paper".equals(s.account().source()) ? pnl.mapEmpty() : pnl.compose(v ->
              new PaperAccountRepository(s.pool()).revalue(s.userId(), unrealised, BigDecimal.ZERO, run.now()))
              .mapEmpty();
          return valued.compose(v -> DailySummary.announce(run, unrealised, positions.size()));
        }));
  }

  private static Future<BigDecimal> unrealised(UserSession s, List<Position> positions) {
    List<Future<BigDecimal>> each = positions.stream().map(p -> s.account().broker().quote(p.symbol())
        .map(ltp -> ltp.subtract(p.averagePrice()).multiply(BigDecimal.valueOf(p.quantity())))).toList();
    return Future.all(each).map(all -> each.stream().map(Future::result).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP));
  }
}
