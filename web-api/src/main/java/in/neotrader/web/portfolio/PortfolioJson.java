package in.neotrader.web.portfolio;

import in.neotrader.sql.orders.Fill;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.positions.Position;
import in.neotrader.sql.signals.Signal;
import in.neotrader.web.http.Replies;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/** Orders, fills, positions and signals in the contract's camelCase shapes (also used for CSV columns). */
final class PortfolioJson {
  private PortfolioJson() {
  }

  static JsonObject order(Order o) {
    return new JsonObject().put("id", o.id()).put("clientOrderId", o.clientOrderId())
        .put("brokerOrderId", o.brokerOrderId()).put("symbol", o.symbol()).put("side", o.side())
        .put("quantity", o.quantity()).put("filledQuantity", o.filledQuantity()).put("price", Replies.money(o.price(), 2))
        .put("averageFillPrice", Replies.money(o.averageFillPrice(), 2)).put("orderType", o.orderType())
        .put("product", o.product()).put("variety", o.variety()).put("validity", o.validity())
        .put("status", o.status()).put("statusReason", o.statusReason()).put("task", o.task())
        .put("tradingDay", o.tradingDay() == null ? null : o.tradingDay().toString())
        .put("placedAt", Replies.at(o.placedAt())).put("updatedAt", Replies.at(o.updatedAt())).put("source", o.source());
  }

  static JsonObject fill(Fill f) {
    return new JsonObject().put("id", f.id()).put("orderId", f.orderId()).put("symbol", f.symbol())
        .put("side", f.side()).put("quantity", f.quantity()).put("price", Replies.money(f.price(), 2))
        .put("charges", Replies.money(f.charges(), 4)).put("filledAt", Replies.at(f.filledAt()));
  }

  static JsonObject position(Position p, BigDecimal lastPrice) {
    BigDecimal unrealised = lastPrice == null || !p.open() ? null
        : lastPrice.subtract(p.averagePrice()).multiply(BigDecimal.valueOf(p.quantity()));
    return new JsonObject().put("symbol", p.symbol()).put("quantity", p.quantity())
        .put("averagePrice", Replies.money(p.averagePrice(), 2)).put("lastPrice", Replies.money(lastPrice, 2))
        .put("unrealisedPnl", Replies.money(unrealised, 2)).put("realisedPnl", Replies.money(p.realisedPnl(), 2))
        .put("openedAt", Replies.at(p.openedAt())).put("closedAt", Replies.at(p.closedAt()));
  }

  static JsonObject signal(Signal s) {
    return new JsonObject().put("symbol", s.symbol()).put("verdict", s.verdict()).put("finalVerdict", s.finalVerdict())
        .put("combinedScore", score(s.combinedScore())).put("strengthScore", score(s.strengthScore()))
        .put("backtestScore", score(s.backtestScore()))
        .put("lastClose", Replies.money(s.lastClose(), 2)).put("indicators", s.indicators())
        .put("strategy", s.strategy()).put("explanation", s.details().getJsonArray("explanation", new JsonArray()));
  }

  private static Double score(BigDecimal score) {
    return score == null ? null : score.doubleValue();
  }
}
