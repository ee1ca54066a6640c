package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.normalise.Numbers;
import in.neotrader.migration.normalise.Symbols;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.PlannedFill;
import in.neotrader.migration.plan.PlannedOrder;
import in.neotrader.migration.plan.UserPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code transactions.json}: one execution per paper order. Because the legacy id counter
 * restarted with every process, an execution may belong to an order that a newer one overwrote:
 * it then gets a synthetic order of its own, with a warning.
 */
public final class PaperTransactionsFile {
  public static final String NAME = "transactions.json";

  private PaperTransactionsFile() {
  }

  public static void read(ImportPlan plan, UserPlan paper, Timestamps ts) {
    String file = paper.paperFile(NAME);
    plan.tree.json(file).ifPresent(transactions -> {
      if (!transactions.isArray()) {
        plan.problems().reject(new Problem(file, null, null, "expected a list of transactions"));
        return;
      }
      Map<String, PlannedOrder> orders = new HashMap<>();
      paper.orders.forEach(o -> orders.put(o.brokerOrderId, o));
      NaturalKeys keys = new NaturalKeys(file, plan.problems());
      for (int i = 0; i < transactions.size(); i++) {
        readTransaction(plan, paper, file, ts, keys, orders, i, transactions.get(i));
      }
      plan.duplicates += keys.duplicates();
      plan.counted(file, transactions.size());
    });
  }

  private static void readTransaction(ImportPlan plan, UserPlan paper, String file, Timestamps ts, NaturalKeys keys,
      Map<String, PlannedOrder> orders, int index, JsonNode node) {
    RecordReader r = new RecordReader(file, RecordReader.item(index, node.path("order_id").asText("")), node, ts);
    String orderId = r.text("order_id", true);
    String symbol = r.symbol("symbol");
    String side = r.oneOf("transaction_type", Set.of("BUY", "SELL"), true);
    Integer qty = r.quantity("quantity", true);
    BigDecimal price = r.price("price", true);
    BigDecimal charges = r.decimal("charges", false);
    if (charges != null && charges.signum() < 0) {
      r.fail("charges", "charges must not be negative, got " + charges.toPlainString());
    }
    Instant at = r.instant("timestamp", true);
    if (!r.finish(plan.problems())) {
      return;
    }
    String key = orderId + ":" + side;
    if (!keys.first(key, r.key(), node)) {
      return;
    }
    PlannedOrder order = orders.get(orderId);
    if (order == null || !order.symbol.equals(symbol) || !order.side.equals(side)) {
      plan.problems().warn(new Problem(file, r.key(), "order_id", order == null
          ? "no order " + orderId + " in orders.json; imported with a synthetic order"
          : "order " + orderId + " in orders.json is " + order.side + " " + order.symbol
              + " (the legacy reused the id); imported with a synthetic order"));
      order = synthetic(paper, key, orderId, order == null, symbol, side, qty, price, at);
      orders.putIfAbsent(orderId, order);
    }
    var legacy = LegacyJson.object();
    legacy.set("transactions", node);
    paper.fills.add(new PlannedFill(order, qty, Numbers.money(price),
        Numbers.charges(charges == null ? BigDecimal.ZERO : charges), at, null, paper.ref("transactions", key), legacy));
  }

  /**
   * An order for an execution without its own order record. It holds the broker id only when no
   * other order of the tree does: an id the legacy reused names the newer order, and one broker
   * id is one order; the reused id stays in the metadata.
   */
  private static PlannedOrder synthetic(UserPlan paper, String key, String orderId, boolean idFree, String symbol,
      String side, int qty, BigDecimal price, Instant at) {
    PlannedOrder o = new PlannedOrder(paper.ref("transactions", key));
    o.brokerOrderId = idFree ? orderId : null;
    o.metadata.put("legacy_order_id", orderId);
    o.symbol = symbol;
    o.tradingSymbol = Symbols.tradingSymbol(symbol);
    o.side = side;
    o.quantity = qty;
    o.filledQuantity = qty;
    o.averageFillPrice = Numbers.charges(price);
    o.status = "FILLED";
    o.placedAt = at;
    o.filledAt = at;
    o.metadata.put("synthetic", "order record overwritten in the legacy orders.json");
    paper.orders.add(o);
    return o;
  }
}
