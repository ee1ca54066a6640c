package in.neotrader.verticles.tasks;

import in.neotrader.core.indicators.Ema;
import in.neotrader.core.indicators.Rsi;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.sql.positions.Position;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * position_monitor (hourly at HH:30): RSI10, EMA9 with today's LTP and unrealised P&L of every holding;
 * alerts go to the service log (TRADING_RULES §2.4). No orders; the day's P&L with these prices is checked
 * against the daily loss cap ({@link DailyLossCap}).
 */
public final class PositionAlerts implements TaskRunner {

  @Override
  public Future<Void> run(TaskRun run) {
    UserSession s = run.session();
    JsonArray alerts = new JsonArray();
    BigDecimal[] unrealised = {BigDecimal.ZERO};
    return new PositionRepository(s.pool()).listOpen(s.userId())
        .compose(positions -> {
          Future<?> chain = Future.succeededFuture();
          for (Position p : positions) {
            chain = chain.compose(v -> check(run, p, alerts).map(pnl -> {
              unrealised[0] = unrealised[0].add(pnl);
              return null;
            }));
          }
          return chain.map(v -> positions.size());
        })
        .compose(count -> {
          run.details().put("positions", count).put("alerts", alerts)
              .put("unrealisedPnl", unrealised[0].doubleValue());
          return DailyLossCap.check(run, unrealised[0]);
        });
  }

  /** The position's unrealised P&L at its last price. */
  private Future<BigDecimal> check(TaskRun run, Position p, JsonArray alerts) {
    UserSession s = run.session();
    Future<BigDecimal> ltp = s.account().broker().quote(p.symbol());
    Future<List<Candle>> candles = s.account().marketData().dailyCandles(p.symbol(), run.day().minusDays(1), 200);
    return Future.all(ltp, candles).map(v -> {
      double last = ltp.result().doubleValue();
      double[] closes = Arrays.copyOf(Candle.closes(candles.result()), candles.result().size() + 1);
      closes[closes.length - 1] = last;
      double rsi = Rsi.latest(closes, s.config().rsiPeriod()).orElse(Double.NaN);
      double ema9 = Ema.latestSmaSeeded(closes, 9).orElse(Double.NaN);
      double avg = p.averagePrice().doubleValue();
      double unrealisedPct = (last - avg) / avg * 100;
      String level = last >= ema9 || rsi > 50 ? "critical" : rsi > 45 ? "warning"
          : Math.abs(unrealisedPct) > 3 ? "info" : null;
      if (level != null) {
        JsonObject alert = new JsonObject().put("symbol", p.symbol()).put("level", level).put("ltp", last)
            .put("ema9", round(ema9)).put("rsi10", round(rsi)).put("unrealisedPct", round(unrealisedPct));
        alerts.add(alert);
        run.log("critical".equals(level) ? LogLevel.WARN : LogLevel.INFO, "position alert " + level + " for "
            + p.symbol(), alert);
      }
      return ltp.result().subtract(p.averagePrice()).multiply(BigDecimal.valueOf(p.quantity()));
    });
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
