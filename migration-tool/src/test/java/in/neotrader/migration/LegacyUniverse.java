package in.neotrader.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Every legacy record one random case can hold, each with the orders and fills it stands for:
 * live trades and pending orders, and the paper orders and transactions of two account folders.
 * A record's content is fixed for the case, so any two trees of the case agree on it.
 */
final class LegacyUniverse {
  static final ObjectMapper JSON = new ObjectMapper();
  static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  static final List<String> PAPER_FOLDERS = List.of("unified_service", "user_1");
  private static final List<String> SYMBOLS = List.of("ASTRAL", "GLENMARK", "BAJAJ-AUTO", "MARICO");
  private static final LocalDateTime START = LocalDateTime.of(2025, 10, 1, 9, 30);

  /** An order a record yields: {@code key} names the record and leg; a null broker id is allowed. */
  record Order(String key, String brokerId) {
  }

  /** An execution a record yields. */
  record Fill(String key, String symbol, boolean buy, int qty, BigDecimal price, BigDecimal charges, Instant at) {
  }

  /**
   * One record of one file. A paper transaction's order is its order record's when the tree holds
   * that record valid, else a synthetic one ({@code syntheticOrder}).
   */
  record Rec(ObjectNode json, List<Order> orders, List<Fill> fills, String paperOrderId, Order syntheticOrder) {
  }

  final List<Rec> trades = new ArrayList<>();
  final List<Rec> pending = new ArrayList<>();
  final Map<String, List<Rec>> paperOrders = new HashMap<>();
  final Map<String, List<Rec>> paperTransactions = new HashMap<>();
  final ObjectNode account = JSON.createObjectNode();

  private final Random random;
  private final List<Integer> slots = new ArrayList<>();
  private long brokerIds = 251001000010000L;

  LegacyUniverse(Random random) {
    this.random = random;
    for (int i = 0; i < 400; i++) {
      slots.add(i);
    }
    Collections.shuffle(slots, random);
    int trades = 3 + random.nextInt(4);
    for (int i = 0; i < trades; i++) {
      trade(i);
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      pendingOrder();
    }
    for (String folder : PAPER_FOLDERS) {
      paperAccount(folder);
    }
    account.put("initial_capital", 100000.0).put("available_cash", 87654.32).put("margin_used", 0.0).put("total_pnl", 0.0)
        .put("realized_pnl", 0.0).put("unrealized_pnl", 0.0).put("created_at", "2025-10-01T09:00:00")
        .put("last_updated", "2025-11-13T16:05:20.218355");
  }

  /** Distinct times, so no two fills of a symbol tie (the tie rule is the tool's, not the legacy's). */
  private List<LocalDateTime> times(int n) {
    List<Integer> mine = new ArrayList<>(slots.subList(0, n));
    slots.subList(0, n).clear();
    Collections.sort(mine);
    return mine.stream().map(s -> START.plusMinutes(s * 97L).plusSeconds(random.nextInt(60))).toList();
  }

  private static String text(LocalDateTime t, boolean micros) {
    return micros ? t.withNano(604117000).toString() : t.withNano(0).toString();
  }

  private static Instant instant(LocalDateTime t, boolean micros) {
    return (micros ? t.withNano(604117000) : t.withNano(0)).atZone(IST).toInstant();
  }

  private BigDecimal price() {
    return BigDecimal.valueOf(10000 + random.nextInt(190000), 2);
  }

  private String brokerId() {
    return String.valueOf(brokerIds += 1 + random.nextInt(50));
  }

  private void trade(int n) {
    String symbol = SYMBOLS.get(random.nextInt(SYMBOLS.size()));
    boolean reentry = random.nextInt(3) == 0;
    boolean partial = random.nextInt(4) == 0;
    boolean closed = random.nextBoolean();
    List<LocalDateTime> t = times(1 + (reentry ? 1 : 0) + (partial ? 1 : 0) + (closed ? 1 : 0));
    boolean micros = random.nextBoolean();
    int initial = 5 + random.nextInt(96);
    int added = reentry ? 1 + random.nextInt(50) : 0;
    int sold = partial ? 1 + random.nextInt(initial + added - 1) : 0;
    int qty = initial + added - sold;
    String key = "T" + n;
    ObjectNode j = JSON.createObjectNode().put("symbol", symbol);
    if (random.nextInt(4) == 0) {
      j.put("ticker", ".NS");
    }
    BigDecimal entryPrice = price();
    j.put("entry_price", entryPrice).put("entry_time", text(t.get(0), micros)).put("qty", qty)
        .put("status", closed ? "closed" : "open").put("rsi10", 27.6183);
    String buyId = random.nextInt(5) < 3 ? brokerId() : null;
    if (buyId != null && random.nextBoolean()) {
      j.put("order_id", buyId);
    } else if (buyId != null) {
      j.putObject("order_response").put("stat", "Ok").put("nOrdNo", buyId).put("stCode", 200);
    }
    List<Order> orders = new ArrayList<>(List.of(new Order(key + ":buy", buyId)));
    List<Fill> fills = new ArrayList<>(List.of(new Fill(key + ":buy", symbol, true, initial, entryPrice, BigDecimal.ZERO,
        instant(t.get(0), micros))));
    int at = 1;
    if (reentry) {
      BigDecimal p = price();
      j.putArray("reentries").addObject().put("qty", added).put("level", 20).put("rsi", 18.72).put("price", p)
          .put("time", text(t.get(at), micros));
      orders.add(new Order(key + ":reentry", null));
      fills.add(new Fill(key + ":reentry", symbol, true, added, p, BigDecimal.ZERO, instant(t.get(at++), micros)));
    }
    if (partial) {
      BigDecimal p = price();
      j.putArray("partial_exits").addObject().put("qty", sold).put("exit_time", text(t.get(at), micros))
          .put("exit_reason", "MANUAL_PARTIAL_EXIT").put("exit_price", p);
      orders.add(new Order(key + ":partial", null));
      fills.add(new Fill(key + ":partial", symbol, false, sold, p, BigDecimal.ZERO, instant(t.get(at++), micros)));
    }
    if (closed) {
      BigDecimal p = price();
      String sellId = random.nextBoolean() ? brokerId() : null;
      j.put("exit_price", p).put("exit_time", text(t.get(at), micros)).put("exit_reason", "EMA9_TARGET");
      if (sellId != null) {
        j.put("sell_order_id", sellId);
      }
      orders.add(new Order(key + ":exit", sellId));
      fills.add(new Fill(key + ":exit", symbol, false, qty, p, BigDecimal.ZERO, instant(t.get(at), micros)));
    }
    trades.add(new Rec(j, orders, fills, null, null));
  }

  private void pendingOrder() {
    String id = brokerId();
    String symbol = SYMBOLS.get(random.nextInt(SYMBOLS.size()));
    ObjectNode j = JSON.createObjectNode().put("order_id", id).put("symbol", symbol + "-EQ").put("qty", 1 + random.nextInt(200))
        .put("order_type", "MARKET").put("variety", "AMO").put("price", 0.0).put("placed_at", text(times(1).get(0), true))
        .put("status", random.nextBoolean() ? "PENDING" : "CANCELLED").putNull("rejection_reason").put("check_count", 0);
    pending.add(new Rec(j, List.of(new Order("P" + id, id)), List.of(), null, null));
  }

  /** Orders in time order; a sell never exceeds what the account holds at its time. */
  private void paperAccount(String folder) {
    List<Rec> orders = new ArrayList<>();
    List<Rec> transactions = new ArrayList<>();
    Map<String, Integer> held = new HashMap<>();
    int n = 3 + random.nextInt(5);
    List<LocalDateTime> times = times(n);
    for (int i = 0; i < n; i++) {
      LocalDateTime t = times.get(i);
      String id = "PT" + t.toLocalDate().toString().replace("-", "") + String.format("%04d", i + 1);
      String symbol = SYMBOLS.get(random.nextInt(SYMBOLS.size()));
      int roll = random.nextInt(20);
      String status = roll < 12 ? "COMPLETE" : roll < 15 ? "OPEN" : roll < 17 ? "CANCELLED" : "REJECTED";
      int has = held.getOrDefault(symbol, 0);
      boolean sell = "COMPLETE".equals(status) && has > 0 && random.nextInt(5) < 2;
      int qty = sell ? 1 + random.nextInt(has) : 1 + random.nextInt(60);
      BigDecimal price = price();
      ObjectNode o = JSON.createObjectNode().put("order_id", id).put("symbol", symbol).put("quantity", qty)
          .put("order_type", "MARKET").put("transaction_type", sell ? "SELL" : "BUY").putNull("price")
          .put("product_type", "CNC").put("variety", "REGULAR").put("exchange", "NSE").put("validity", "DAY")
          .put("status", status).put("placed_at", text(t, true));
      String side = sell ? "SELL" : "BUY";
      Order order = new Order("O" + folder + ":" + id, id);
      if ("COMPLETE".equals(status)) {
        LocalDateTime executed = t.plusSeconds(1);
        o.put("executed_at", text(executed, true)).put("executed_price", price).put("executed_quantity", qty);
        BigDecimal charges = BigDecimal.valueOf(random.nextInt(200000), 4);
        ObjectNode x = JSON.createObjectNode().put("order_id", id).put("symbol", symbol).put("transaction_type", side)
            .put("quantity", qty).put("price", price).put("order_value", price.multiply(BigDecimal.valueOf(qty)))
            .put("charges", charges).put("timestamp", text(executed, true));
        Fill fill = new Fill("X" + folder + ":" + id + ":" + side, symbol, !sell, qty, price, charges, instant(executed, true));
        transactions.add(new Rec(x, List.of(), List.of(fill), id, new Order("S" + folder + ":" + id + ":" + side, id)));
        held.merge(symbol, sell ? -qty : qty, Integer::sum);
      } else {
        o.putNull("executed_at").putNull("executed_price").put("executed_quantity", 0);
        if ("REJECTED".equals(status)) {
          o.put("remarks", "Rejected: Insufficient funds: need 40000.00, have 12000.00");
        }
      }
      o.put("created_at", text(t, true)).put("last_updated", text(t, true));
      orders.add(new Rec(o, List.of(order), List.of(), id, null));
    }
    paperOrders.put(folder, orders);
    paperTransactions.put(folder, transactions);
  }
}
