package in.neotrader.web.backtest;

import in.neotrader.core.backtest.BacktestReport;
import in.neotrader.core.backtest.BacktestReport.SizedTrade;
import in.neotrader.web.http.Replies;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A backtest report as the API answers it: money to the paisa, percentages to 2 decimals. */
final class BacktestJson {

  private BacktestJson() {}

  static JsonObject of(BacktestReport r) {
    return new JsonObject().put("strategy", r.strategy()).put("from", r.from().toString())
        .put("to", r.to().toString()).put("symbols", new JsonArray(r.symbols()))
        .put("tradeCount", r.trades().size()).put("wins", r.wins()).put("winRatePct", pct(r.winRatePct()))
        .put("pnl", Replies.money(r.pnl(), 2)).put("returnPct", pct(r.returnPct()))
        .put("maxDrawdown", Replies.money(r.maxDrawdown(), 2)).put("maxDrawdownPct", pct(r.maxDrawdownPct()))
        .put("skipped", new JsonArray(r.skipped()))
        .put("trades", Replies.items(r.trades(), BacktestJson::trade));
  }

  private static JsonObject trade(SizedTrade t) {
    return new JsonObject().put("symbol", t.trade().symbol()).put("entryDay", t.trade().entryDay().toString())
        .put("entryPrice", Replies.money(t.entryPrice(), 2)).put("exitDay", t.trade().exitDay().toString())
        .put("exitPrice", Replies.money(t.exitPrice(), 2)).put("quantity", t.quantity())
        .put("pnl", Replies.money(t.pnl(), 2)).put("exitReason", t.trade().exitReason())
        .put("open", t.trade().open());
  }

  private static double pct(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
