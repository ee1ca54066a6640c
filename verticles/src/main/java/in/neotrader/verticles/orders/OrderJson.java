package in.neotrader.verticles.orders;

import in.neotrader.sql.orders.Order;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;

/** An order as the REST API shows it (docs/API.md), for event payloads. */
public final class OrderJson {

  private OrderJson() {}

  public static JsonObject of(Order o) {
    return new JsonObject().put("id", o.id()).put("clientOrderId", o.clientOrderId())
        .put("brokerOrderId", o.brokerOrderId()).put("symbol", o.symbol()).put("side", o.side())
        .put("quantity", o.quantity()).put("filledQuantity", o.filledQuantity()).put("price", number(o.price()))
        .put("averageFillPrice", number(o.averageFillPrice())).put("orderType", o.orderType())
        .put("product", o.product()).put("variety", o.variety()).put("validity", o.validity())
        .put("status", o.status()).put("statusReason", o.statusReason()).put("task", o.task())
        .put("tradingDay", o.tradingDay() == null ? null : o.tradingDay().toString())
        .put("placedAt", text(o.placedAt())).put("updatedAt", text(o.updatedAt())).put("source", o.source());
  }

  /** The order after a move that the database has applied. */
  public static JsonObject moved(Order o, String status, String reason, int filledQuantity, BigDecimal averagePrice,
      String brokerOrderId, Instant at) {
    JsonObject json = of(o).put("status", status).put("statusReason", reason).put("filledQuantity", filledQuantity)
        .put("updatedAt", at.toString());
    if (averagePrice != null) {
      json.put("averageFillPrice", averagePrice.doubleValue());
    }
    if (brokerOrderId != null) {
      json.put("brokerOrderId", brokerOrderId);
    }
    return json;
  }

  private static Double number(BigDecimal v) {
    return v == null ? null : v.doubleValue();
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString();
  }
}
