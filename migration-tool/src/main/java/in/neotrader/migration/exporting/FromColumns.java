package in.neotrader.migration.exporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import in.neotrader.migration.normalise.Symbols;
import in.neotrader.migration.normalise.Timestamps;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Legacy records for rows the new service created after cut-over (no original to give back):
 * built from the columns in the shape the old service reads.
 */
final class FromColumns {
  private final Timestamps ts;

  FromColumns(Timestamps ts) {
    this.ts = ts;
  }

  ObjectNode trade(ObjectNode order) {
    String symbol = order.get("symbol").asText();
    ObjectNode t = LegacyJson.object();
    t.put("symbol", symbol);
    t.put("placed_symbol", order.path("trading_symbol").asText(Symbols.tradingSymbol(symbol)));
    t.put("ticker", Symbols.ticker(symbol));
    t.set("entry_price", order.get("average_fill_price"));
    t.set("entry_time", time(order.get("filled_at")));
    t.put("qty", order.get("filled_quantity").asInt());
    t.put("status", "open");
    t.put("entry_type", "system_recommended");
    t.set("order_id", order.get("broker_order_id"));
    return t;
  }

  ObjectNode pending(ObjectNode order) {
    String symbol = order.get("symbol").asText();
    boolean buy = "BUY".equals(order.get("side").asText());
    ObjectNode p = LegacyJson.object();
    p.set("order_id", order.get("broker_order_id"));
    p.put("symbol", buy ? order.path("trading_symbol").asText(Symbols.tradingSymbol(symbol)) : symbol);
    p.put("ticker", Symbols.ticker(symbol));
    p.put("qty", order.get("quantity").asInt());
    p.set("order_type", order.get("order_type"));
    p.set("variety", order.get("variety"));
    p.put("price", order.path("price").isNull() ? BigDecimal.ZERO : order.get("price").decimalValue());
    p.set("placed_at", time(order.get("placed_at")));
    String status = order.get("status").asText();
    p.put("status", switch (status) {
      case "AMO_PENDING" -> "PENDING";
      case "FILLED" -> "EXECUTED";
      default -> status;
    });
    p.set("rejection_reason", order.get("status_reason"));
    p.put("check_count", 0);
    p.put("executed_qty", order.get("filled_quantity").asInt());
    return p;
  }

  ObjectNode failed(ObjectNode order) {
    ObjectNode f = LegacyJson.object();
    f.put("symbol", order.get("symbol").asText());
    f.put("ticker", Symbols.ticker(order.get("symbol").asText()));
    f.setAll((ObjectNode) order.get("metadata").deepCopy());
    f.remove("retry_until");
    f.put("qty", order.get("quantity").asInt());
    f.set("reason", order.get("status_reason"));
    f.set("first_failed_at", time(order.get("placed_at")));
    return f;
  }

  ObjectNode paperOrder(ObjectNode order) {
    ObjectNode o = LegacyJson.object();
    o.set("symbol", order.get("symbol"));
    o.set("quantity", order.get("quantity"));
    o.set("order_type", order.get("order_type"));
    o.set("transaction_type", order.get("side"));
    o.set("price", order.get("price"));
    o.set("product_type", order.get("product"));
    o.set("variety", order.get("variety"));
    o.set("exchange", order.get("exchange"));
    o.set("validity", order.get("validity"));
    o.set("order_id", order.get("broker_order_id"));
    o.put("status", "FILLED".equals(order.get("status").asText()) ? "COMPLETE" : order.get("status").asText());
    o.set("placed_at", time(order.get("placed_at")));
    o.set("executed_at", time(order.get("filled_at")));
    o.set("cancelled_at", time(order.get("closed_at")));
    o.set("executed_price", order.get("average_fill_price"));
    o.set("executed_quantity", order.get("filled_quantity"));
    o.put("remarks", order.path("status_reason").isNull() ? "" : "Rejected: " + order.get("status_reason").asText());
    return o;
  }

  ObjectNode transaction(ObjectNode fill, ObjectNode order) {
    ObjectNode t = LegacyJson.object();
    t.set("order_id", order.get("broker_order_id"));
    t.set("symbol", order.get("symbol"));
    t.set("transaction_type", order.get("side"));
    t.set("quantity", fill.get("quantity"));
    t.set("price", fill.get("price"));
    t.put("order_value", fill.get("price").decimalValue().multiply(fill.get("quantity").decimalValue()));
    t.set("charges", fill.get("charges"));
    t.set("timestamp", time(fill.get("filled_at")));
    return t;
  }

  JsonNode time(JsonNode timestamptz) {
    if (timestamptz == null || timestamptz.isNull()) {
      return LegacyJson.MAPPER.nullNode();
    }
    return LegacyJson.MAPPER.getNodeFactory().textNode(ts.legacyText(OffsetDateTime.parse(timestamptz.asText()).toInstant()));
  }
}
