package in.neotrader.verticles.tasks;

import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.sizing.TickSize;
import in.neotrader.core.strategy.SellTarget;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Today's EMA9 sell target of a holding, from the broker's LTP and the 200 closes before today, on {@code ticks}. */
final class Ema9Target {

  private Ema9Target() {}

  static Future<SellTarget.Decision> of(UserSession s, LocalDate today, String symbol, BigDecimal entryPrice,
      TickSize ticks) {
    Future<BigDecimal> ltp = s.account().broker().quote(symbol);
    Future<double[]> closes = s.account().marketData()
        .dailyCandles(symbol, today.minusDays(1), SellTarget.HISTORY).map(Candle::closes);
    return Future.all(ltp, closes).map(v -> SellTarget.compute(ltp.result(), closes.result(), entryPrice,
        s.config().sellMinTargetRatio(), ticks));
  }
}
