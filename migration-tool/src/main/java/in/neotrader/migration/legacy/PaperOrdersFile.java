package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.normalise.Numbers;
import in.neotrader.migration.normalise.Symbols;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.PlannedOrder;
import in.neotrader.migration.plan.UserPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code paper_trading/<account>/orders.json}: the paper orders, keyed by their PT id. */
public final class PaperOrdersFile {
  public static final String NAME = "orders.json";
  static final String SECTION = "paper_orders";
  private static final Map<String, String> STATES = Map.of("COMPLETE", "FILLED", "EXECUTED", "FILLED", "OPEN", "OPEN",
      "PENDING", "OPEN", "TRIGGER_PENDING", "OPEN", "PARTIALLY_FILLED", "PARTIALLY_FILLED", "CANCELLED", "CANCELLED",
      "REJECTED", "REJECTED");
  private static final String REJECTED_PREFIX = "Rejected: ";

  private PaperOrdersFile() {
  }

  public static void read(ImportPlan plan, UserPlan paper, Timestamps ts) {
    String file = paper.paperFile(NAME);
    plan.tree.json(file).ifPresent(orders -> {
      if (!orders.isArray()) {
        plan.problems().reject(new Problem(file, null, null, "expected a list of orders"));
        return;
      }
      NaturalKeys keys = new NaturalKeys(file, plan.problems());
      for (int i = 0; i < orders.size(); i++) {
        readOrder(plan, paper, file, ts, keys, i, orders.get(i));
      }
      plan.duplicates += keys.duplicates();
      plan.counted(file, orders.size());
    });
  }

  private static void readOrder(ImportPlan plan, UserPlan paper, String file, Timestamps ts, NaturalKeys keys, int index,
      JsonNode node) {
    RecordReader r = new RecordReader(file, RecordReader.item(index, node.path("order_id").asText("")), node, ts);
    String orderId = r.text("order_id", true);
    String symbol = r.symbol("symbol");
    Integer qty = r.quantity("quantity", true);
    String orderType = r.oneOf("order_type", Set.of("MARKET", "LIMIT", "SL", "SL-M"), true);
    String side = r.oneOf("transaction_type", Set.of("BUY", "SELL"), true);
    BigDecimal price = r.price("price", false);
    String status = r.oneOf("status", STATES.keySet(), true);
    Instant placedAt = r.instant("placed_at", true);
    Instant executedAt = r.instant("executed_at", false);
    Instant cancelledAt = r.instant("cancelled_at", false);
    BigDecimal executedPrice = r.price("executed_price", false);
    Integer executedQty = r.count("executed_quantity");
    String variety = r.oneOf("variety", Set.of("AMO", "REGULAR"), false);
    String product = r.oneOf("product_type", Set.of("CNC", "MIS", "NRML"), false);
    String validity = r.oneOf("validity", Set.of("DAY", "IOC"), false);
    String exchange = r.oneOf("exchange", Set.of("NSE", "BSE"), false);
    if (executedQty != null && executedQty < 0) {
      r.fail("executed_quantity", "must not be negative, got " + executedQty);
    } else if (qty != null && executedQty != null && executedQty > qty) {
      r.fail("executed_quantity", "executed " + executedQty + " exceeds the order quantity " + qty);
    }
    if (!r.finish(plan.problems()) || !keys.first(orderId, r.key(), node)) {
      return;
    }
    PlannedOrder o = new PlannedOrder(paper.ref("orders", orderId));
    o.brokerOrderId = orderId;
    o.symbol = symbol;
    o.tradingSymbol = Symbols.tradingSymbol(symbol);
    o.side = side;
    o.quantity = qty;
    o.orderType = orderType;
    o.price = price == null ? null : Numbers.money(price);
    o.variety = variety == null ? "REGULAR" : variety;
    o.product = product == null ? "CNC" : product;
    o.validity = validity == null ? "DAY" : validity;
    o.exchange = exchange == null ? "NSE" : exchange;
    o.status = STATES.get(status);
    o.placedAt = placedAt;
    o.filledAt = executedAt;
    o.closedAt = cancelledAt;
    o.filledQuantity = executedQty == null ? ("FILLED".equals(o.status) ? qty : 0) : executedQty;
    o.averageFillPrice = executedPrice == null ? null : Numbers.charges(executedPrice);
    String remarks = r.text("remarks", false);
    o.statusReason = remarks == null ? null : remarks.startsWith(REJECTED_PREFIX) ? remarks.substring(REJECTED_PREFIX.length()) : remarks;
    for (String f : List.of("created_at", "last_updated")) {
      if (node.has(f)) {
        o.metadata.set(f, node.get(f));
      }
    }
    o.legacy.set(SECTION, node);
    paper.orders.add(o);
  }
}
