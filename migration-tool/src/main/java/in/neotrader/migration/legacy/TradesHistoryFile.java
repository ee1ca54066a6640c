package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.normalise.Numbers;
import in.neotrader.migration.normalise.Symbols;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.PlannedFill;
import in.neotrader.migration.plan.PlannedOrder;
import in.neotrader.migration.plan.PlannedTracking;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code data/trades_history.json}: trade cycles become one FILLED buy, a buy per re-entry, a sell
 * per partial exit and, when closed, the closing sell, each with its fill. The retry queue is read
 * by {@link RetryQueue}.
 */
public final class TradesHistoryFile {
  static final String FILE = LegacyTree.TRADES;
  private static final String DEFAULT_ENTRY_TYPE = "system_recommended";
  private static final Duration TRACKING_WINDOW = Duration.ofDays(7);
  private static final List<String> METADATA_FIELDS = List.of("ticker", "entry_type", "rsi10", "ema9", "ema200", "capital",
      "rsi_entry_level", "levels_taken", "reset_ready", "original_recommendation_date", "exit_reason", "exit_rsi10",
      "signal_type", "exit_note");

  private TradesHistoryFile() {
  }

  public static void read(ImportPlan plan, Timestamps ts) {
    plan.tree.json(FILE).ifPresent(root -> {
      JsonNode trades = root.isArray() ? root : root.path("trades");
      if (root.isArray()) {
        plan.fileHeaders.put("trades_form", "list");
      } else {
        plan.fileHeaders.set("trades_last_run", root.path("last_run").isMissingNode() ? null : root.get("last_run"));
      }
      if (root.isObject() && trades.isMissingNode() && root.path("failed_orders").isArray()) {
        // The legacy writes a file holding only the retry queue: no trade cycles, and the queue must not be lost.
        RetryQueue.read(plan, ts, root.path("failed_orders"), root.path("last_run"));
        return;
      }
      if (!trades.isArray()) {
        plan.problems().reject(new Problem(FILE, null, "trades", trades.isMissingNode() ? "required array is missing"
            : "must be an array, got " + trades.getNodeType().toString().toLowerCase()));
        return;
      }
      NaturalKeys keys = new NaturalKeys(FILE, plan.problems());
      for (int i = 0; i < trades.size(); i++) {
        readTrade(plan, ts, keys, i, trades.get(i));
      }
      plan.duplicates += keys.duplicates();
      plan.counted(FILE, trades.size());
      if (root.isObject()) {
        RetryQueue.read(plan, ts, root.path("failed_orders"), root.path("last_run"));
      }
    });
  }

  private static void readTrade(ImportPlan plan, Timestamps ts, NaturalKeys keys, int index, JsonNode node) {
    RecordReader r = new RecordReader(FILE, "trades[" + index + "] " + node.path("symbol").asText(""), node, ts);
    String symbol = r.symbol("symbol");
    BigDecimal entryPrice = r.price("entry_price", true);
    Instant entryTime = r.instant("entry_time", true);
    Integer qty = r.quantity("qty", true);
    boolean closed = "closed".equals(r.oneOf("status", Set.of("open", "closed"), true));
    BigDecimal exitPrice = closed ? r.price("exit_price", true) : null;
    Instant exitTime = closed ? r.instant("exit_time", true) : null;
    List<Leg> reentries = legs(r, ts, "reentries", "time", "price");
    List<Leg> partials = legs(r, ts, "partial_exits", "exit_time", "exit_price");
    int initialQty = qty == null ? 0 : qty - sum(reentries) + sum(partials);
    if (qty != null && initialQty <= 0) {
      r.fail("qty", "qty " + qty + " minus re-entries plus partial exits leaves no initial buy (" + initialQty + ")");
    }
    if (!r.finish(plan.problems())) {
      return;
    }
    String key = symbol + "@" + entryTime.truncatedTo(ChronoUnit.SECONDS);
    if (!keys.first(key, r.key(), node)) {
      return;
    }
    String tradingSymbol = r.has("placed_symbol") ? r.text("placed_symbol", false) : Symbols.tradingSymbol(symbol);
    PlannedTracking tracking = trackingFor(plan, symbol, entryTime);

    PlannedOrder buy = order(plan, key + ":buy", symbol, tradingSymbol, "BUY", initialQty, entryTime);
    buy.brokerOrderId = firstNonNull(r.text("order_id", false), BrokerIds.of(node.get("order_response")),
        tracking == null ? null : tracking.initialOrderId());
    buy.legacy.set("trades", node);
    METADATA_FIELDS.stream().filter(node::has).forEach(f -> buy.metadata.set(f, node.get(f)));
    // Absent or broken (".NS") tickers are derived from the symbol; rows without entry_type are the bot's own buys.
    if (Symbols.base(node.path("ticker").asText("")).isEmpty()) {
      buy.metadata.put("ticker", Symbols.ticker(symbol));
    }
    if (!r.has("entry_type")) {
      buy.metadata.put("entry_type", DEFAULT_ENTRY_TYPE);
    }
    fill(plan, buy, entryPrice, entryTime, null);

    List<String> reentryIds = reentryIds(tracking, buy.brokerOrderId, reentries.size());
    for (int i = 0; i < reentries.size(); i++) {
      Leg leg = reentries.get(i);
      PlannedOrder o = order(plan, key + ":reentry:" + i, symbol, tradingSymbol, "BUY", leg.qty, leg.at);
      o.brokerOrderId = reentryIds.isEmpty() ? null : reentryIds.get(i);
      o.metadata.set("reentry", leg.node);
      fill(plan, o, leg.price, leg.at, "price is the daily close used for sizing");
    }
    for (int i = 0; i < partials.size(); i++) {
      Leg leg = partials.get(i);
      PlannedOrder o = order(plan, key + ":partial_exit:" + i, symbol, tradingSymbol, "SELL", leg.qty, leg.at);
      o.metadata.set("partial_exit", leg.node);
      fill(plan, o, leg.price, leg.at, null);
    }
    if (closed) {
      PlannedOrder sell = order(plan, key + ":exit", symbol, tradingSymbol, "SELL", qty, exitTime);
      sell.brokerOrderId = firstNonNull(r.text("sell_order_id", false), BrokerIds.of(node.get("sell_order_response")));
      sell.orderType = sell.brokerOrderId == null ? "MARKET" : "LIMIT";
      sell.metadata.put("exit_reason", r.text("exit_reason", false));
      fill(plan, sell, exitPrice, exitTime, null);
    }
  }

  private static PlannedOrder order(ImportPlan plan, String key, String symbol, String tradingSymbol, String side, int qty,
      Instant at) {
    PlannedOrder o = new PlannedOrder(plan.live.ref("trades", key));
    o.symbol = symbol;
    o.tradingSymbol = tradingSymbol;
    o.side = side;
    o.quantity = qty;
    o.filledQuantity = qty;
    o.status = "FILLED";
    o.variety = "BUY".equals(side) ? "AMO" : "REGULAR";
    o.placedAt = at;
    o.filledAt = at;
    o.closedAt = at;
    plan.live.orders.add(o);
    return o;
  }

  private static void fill(ImportPlan plan, PlannedOrder o, BigDecimal price, Instant at, String note) {
    BigDecimal money = Numbers.money(price);
    o.averageFillPrice = money;
    plan.live.fills.add(new PlannedFill(o, o.quantity, money, BigDecimal.ZERO, at, note, o.legacyRef, null));
  }

  /** The tracking entry of the same symbol that started at most 7 days before the entry (the latest one). */
  private static PlannedTracking trackingFor(ImportPlan plan, String symbol, Instant entryTime) {
    return plan.live.tracking.stream()
        .filter(t -> t.symbol().equals(symbol) && !t.startedAt().isAfter(entryTime)
            && !t.startedAt().isBefore(entryTime.minus(TRACKING_WINDOW)))
        .max(Comparator.comparing(PlannedTracking::startedAt))
        .orElse(null);
  }

  /** Re-entry ids are the tracking entry's other orders, trusted only when their number fits. */
  private static List<String> reentryIds(PlannedTracking tracking, String initialId, int reentries) {
    if (tracking == null || reentries == 0) {
      return List.of();
    }
    List<String> others = tracking.relatedOrderIds().stream().filter(id -> !id.equals(initialId)).toList();
    return others.size() == reentries ? others : List.of();
  }

  private record Leg(int qty, BigDecimal price, Instant at, JsonNode node) {
  }

  private static List<Leg> legs(RecordReader r, Timestamps ts, String field, String timeField, String priceField) {
    List<Leg> legs = new ArrayList<>();
    JsonNode items = r.node().path(field);
    for (int i = 0; i < items.size(); i++) {
      RecordReader leg = new RecordReader(FILE, r.key() + " " + field + "[" + i + "]", items.get(i), ts);
      Integer qty = leg.quantity("qty", true);
      BigDecimal price = leg.price(priceField, true);
      Instant at = leg.instant(timeField, true);
      if (qty == null || price == null || at == null) {
        r.fail(field + "[" + i + "]", "needs qty, " + priceField + " and " + timeField + " (got " + items.get(i) + ")");
      } else {
        legs.add(new Leg(qty, price, at, items.get(i)));
      }
    }
    return legs;
  }

  private static int sum(List<Leg> legs) {
    return legs.stream().mapToInt(Leg::qty).sum();
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
