package in.neotrader.web.portfolio;

import in.neotrader.core.indicators.Ema;
import in.neotrader.core.indicators.Rsi;
import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.sql.charts.ChartMarkers;
import in.neotrader.verticles.marketdata.ChartCandles;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.QueryParams;
import in.neotrader.web.http.Replies;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /chart/{symbol}?days=}: the trader's chart of one symbol: the daily candles the user's analysis reads,
 * with the analysis indicators (EMA9, EMA200, RSI10, computed over a warm-up before the first day shown), and the
 * user's own signals, fills (entries, exits) and open sell targets as markers.
 */
public final class ChartRoutes {
  static final int DEFAULT_DAYS = 120;
  static final int MAX_DAYS = 500;
  /** EMA200 needs 200 closes before its first value: read that many more than are shown. */
  private static final int WARM_UP = 200;
  private static final DeliveryOptions TIMEOUT = new DeliveryOptions().setSendTimeout(10_000);

  private final EventBus bus;
  private final ChartMarkers markers;

  public ChartRoutes(EventBus bus, Pool pool) {
    this.bus = bus;
    this.markers = new ChartMarkers(pool);
  }

  public void mount(Router user) {
    user.get("/chart/:symbol").handler(this::chart);
  }

  private void chart(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    String symbol = ctx.pathParam("symbol").strip().toUpperCase(Locale.ROOT);
    if (!TradingSymbol.isWellFormedBase(symbol)) {
      throw ApiError.validation(Map.of("symbol", "'" + ctx.pathParam("symbol") + "' is not an NSE symbol"));
    }
    int days = QueryParams.integer(ctx, "days", DEFAULT_DAYS, 20, MAX_DAYS);
    bus.<JsonObject>request(ChartCandles.ADDRESS, new JsonObject().put("userId", userId).put("symbol", symbol)
            .put("count", days + WARM_UP), TIMEOUT)
        .map(reply -> reply.body())
        .compose(read -> {
          JsonArray shown = withIndicators(read.getJsonArray("candles"), days);
          JsonObject chart = new JsonObject().put("asOf", read.getString("asOf"))
              .put("simulated", read.getBoolean("simulated")).put("candles", shown);
          if (shown.isEmpty()) {
            return Future.succeededFuture(chart.put("signals", new JsonArray())
                .put("fills", new JsonArray()).put("sellTargets", new JsonArray()));
          }
          LocalDate from = LocalDate.parse(shown.getJsonObject(0).getString("day"));
          LocalDate to = LocalDate.parse(shown.getJsonObject(shown.size() - 1).getString("day"));
          return markers.of(userId, symbol, from, to).map(marks -> chart
              .put("signals", Replies.items(marks.signals(), s -> new JsonObject().put("day", s.day().toString())
                  .put("verdict", s.verdict()).put("combinedScore", s.combinedScore())))
              .put("fills", Replies.items(marks.fills(), f -> new JsonObject().put("day", f.day().toString())
                  .put("side", f.side()).put("quantity", f.quantity()).put("averagePrice", f.averagePrice())))
              .put("sellTargets", Replies.items(marks.sellTargets(), t -> new JsonObject().put("price", t.price())
                  .put("quantity", t.quantity()))));
        })
        .onSuccess(chart -> Replies.ok(ctx, chart))
        .onFailure(ctx::fail);
  }

  /** The last {@code days} candles, each with the analysis EMA9, EMA200 and RSI10 at its close (null in warm-up). */
  static JsonArray withIndicators(JsonArray candles, int days) {
    double[] closes = new double[candles.size()];
    for (int i = 0; i < closes.length; i++) {
      closes[i] = candles.getJsonObject(i).getDouble("close");
    }
    double[] ema9 = Ema.smaSeeded(closes, 9);
    double[] ema200 = Ema.smaSeeded(closes, 200);
    double[] rsi10 = Rsi.series(closes, 10);
    JsonArray shown = new JsonArray();
    for (int i = Math.max(0, closes.length - days); i < closes.length; i++) {
      shown.add(candles.getJsonObject(i).copy().put("ema9", value(ema9[i])).put("ema200", value(ema200[i]))
          .put("rsi10", value(rsi10[i])));
    }
    return shown;
  }

  private static Double value(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
