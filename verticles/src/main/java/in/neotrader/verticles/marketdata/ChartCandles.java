package in.neotrader.verticles.marketdata;

import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.settings.TradingProfile;
import in.neotrader.sql.settings.TradingProfileRepository;
import in.neotrader.verticles.trading.UserClocks;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Answers {@link #ADDRESS} with a user's daily candles as that user's analysis reads them (the same
 * {@link MarketDataChoice}: simulated only on a simulated clock for paper, else the stored ones), up to the user's
 * own today: what the trader's chart draws. Request {@code {userId, symbol, count}}; reply
 * {@code {asOf (the last candle's day), simulated, candles: [{day, open, high, low, close, volume}]}}.
 */
public final class ChartCandles implements Handler<Message<JsonObject>> {
  /** Local to each node: the node answering the HTTP request reads the same shared store. */
  public static final String ADDRESS = "trading.chart-candles";

  private final TradingProfileRepository profiles;
  private final UserClocks clocks;
  private final LongFunction<MarketData> simulated;
  private final DailyCandleReads stored;

  public ChartCandles(Pool pool, UserClocks clocks, LongFunction<MarketData> simulated, DailyCandleReads stored) {
    this.profiles = new TradingProfileRepository(pool);
    this.clocks = clocks;
    this.simulated = simulated;
    this.stored = stored;
  }

  @Override
  public void handle(Message<JsonObject> message) {
    long userId = message.body().getLong("userId");
    String symbol = message.body().getString("symbol");
    int count = message.body().getInteger("count");
    LocalDate today = clocks.of(userId).nowIst().toLocalDate();
    profiles.load(userId).compose(profile -> {
      String mode = profile.map(TradingProfile::tradeMode).orElse("paper");
      if (MarketDataChoice.forUser(clocks.simulated(userId), mode) == MarketDataChoice.SIMULATED) {
        MarketData data = simulated.apply(userId);
        // A symbol the simulation does not trade has no candles, as one the store does not hold.
        return data.universe(userId).compose(u -> u.symbols().contains(symbol)
            ? data.dailyCandles(symbol, today, count) : Future.succeededFuture(List.<Candle>of()))
            .map(candles -> reply(true, candles));
      }
      // What the store holds, stale or not: the chart says the day it is as of (a trading run would refuse it).
      return stored.candles(symbol, today, count).map(candles -> reply(false, candles));
    }).onSuccess(message::reply).onFailure(err -> message.fail(500, err.getMessage()));
  }

  private static JsonObject reply(boolean simulated, List<Candle> candles) {
    JsonArray rows = new JsonArray();
    candles.forEach(c -> rows.add(new JsonObject().put("day", c.day().toString()).put("open", c.open().doubleValue())
        .put("high", c.high().doubleValue()).put("low", c.low().doubleValue()).put("close", c.close().doubleValue())
        .put("volume", c.volume())));
    String asOf = candles.isEmpty() ? null : candles.get(candles.size() - 1).day().toString();
    return new JsonObject().put("asOf", asOf).put("simulated", simulated).put("candles", rows);
  }
}
