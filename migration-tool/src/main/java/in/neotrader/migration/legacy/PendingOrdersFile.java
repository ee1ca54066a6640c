package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.normalise.Numbers;
import in.neotrader.migration.normalise.Symbols;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.PlannedFill;
import in.neotrader.migration.plan.PlannedOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code data/pending_orders.json}: broker orders the legacy watched. A row whose id is a trade's
 * buy or sell is the same order (merged: the trade gives the real price); others become orders.
 */
public final class PendingOrdersFile {
  static final String FILE = LegacyTree.PENDING;
  private static final String SECTION = "pending_orders";
  private static final Map<String, String> STATES = Map.of("OPEN", "OPEN", "PARTIALLY_FILLED", "PARTIALLY_FILLED",
      "EXECUTED", "FILLED", "REJECTED", "REJECTED", "CANCELLED", "CANCELLED");
  private static final Set<String> STATUSES = Set.of("PENDING", "OPEN", "PARTIALLY_FILLED", "EXECUTED", "REJECTED",
      "CANCELLED");
  private static final List<String> METADATA_FIELDS = List.of("ticker", "last_status_check", "check_count", "executed_qty");

  private PendingOrdersFile() {
  }

  public static void read(ImportPlan plan, Timestamps ts) {
    plan.tree.json(FILE).ifPresent(root -> {
      JsonNode orders = root.isArray() ? root : root.path("orders");
      if (!orders.isArray()) {
        plan.problems().reject(new Problem(FILE, null, "orders", "required array is missing"));
        return;
      }
      Map<String, PlannedOrder> byBrokerId = new HashMap<>();
      plan.live.orders.stream().filter(o -> o.brokerOrderId != null).forEach(o -> byBrokerId.put(o.brokerOrderId, o));
      NaturalKeys keys = new NaturalKeys(FILE, plan.problems());
      for (int i = 0; i < orders.size(); i++) {
        readOrder(plan, ts, keys, byBrokerId, i, orders.get(i));
      }
      plan.duplicates += keys.duplicates();
      plan.counted(FILE, orders.size());
    });
  }

  private static void readOrder(ImportPlan plan, Timestamps ts, NaturalKeys keys, Map<String, PlannedOrder> byBrokerId,
      int index, JsonNode node) {
    RecordReader r = new RecordReader(FILE, "orders[" + index + "] " + node.path("order_id").asText(""), node, ts);
    String orderId = r.text("order_id", true);
    String rawSymbol = r.text("symbol", true);
    String symbol = r.symbol("symbol");
    Integer qty = r.quantity("qty", true);
    String orderType = r.oneOf("order_type", Set.of("MARKET", "LIMIT"), true);
    String variety = r.oneOf("variety", Set.of("AMO", "REGULAR"), true);
    BigDecimal price = r.price("price", true);
    Instant placedAt = r.instant("placed_at", true);
    String status = r.oneOf("status", STATUSES, true);
    Integer executed = r.count("executed_qty");
    if ("REGULAR".equals(variety) && "MARKET".equals(orderType)) {
      r.fail("variety", "REGULAR MARKET order: the file has no side field and only AMO (buy) or REGULAR LIMIT (sell) tell it");
    }
    if (!r.finish(plan.problems()) || !keys.first(orderId, r.key(), node)) {
      return;
    }
    PlannedOrder merged = byBrokerId.get(orderId);
    PlannedOrder o = merged != null ? merged : new PlannedOrder(plan.live.ref(SECTION, orderId));
    o.legacy.set(SECTION, node);
    o.orderType = orderType;
    o.variety = variety;
    o.price = Numbers.money(price);
    o.placedAt = placedAt;
    METADATA_FIELDS.stream().filter(node::has).forEach(f -> o.metadata.set(f, node.get(f)));
    if (merged != null) {
      plan.problems().merge(new Problem(FILE, r.key(), "order_id", "same broker order as " + merged.legacyRef
          + "; merged into it (the trade gives the price)"));
      return;
    }
    o.brokerOrderId = orderId;
    o.symbol = symbol;
    o.tradingSymbol = rawSymbol.toUpperCase().endsWith("-EQ") ? rawSymbol.toUpperCase() : Symbols.tradingSymbol(symbol);
    o.side = "AMO".equals(variety) ? "BUY" : "SELL";
    o.quantity = qty;
    o.status = "PENDING".equals(status) ? ("AMO".equals(variety) ? "AMO_PENDING" : "OPEN") : STATES.get(status);
    o.statusReason = r.text("rejection_reason", false);
    o.filledQuantity = executed == null ? 0 : Math.min(executed, qty);
    if ("FILLED".equals(o.status)) {
      // Executed but no trade recorded it: the order's own price is all we know.
      o.filledQuantity = executed == null || executed == 0 ? qty : o.filledQuantity;
      o.averageFillPrice = o.price;
      o.filledAt = placedAt;
      plan.live.fills.add(new PlannedFill(o, o.filledQuantity, o.price, BigDecimal.ZERO, placedAt,
          "price from order, not execution", o.legacyRef, null));
    }
    plan.live.orders.add(o);
  }
}
