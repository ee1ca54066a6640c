package in.neotrader.migration;

import in.neotrader.migration.LegacyUniverse.Fill;
import in.neotrader.migration.LegacyUniverse.Order;
import in.neotrader.migration.RandomLegacyTree.Facts;
import in.neotrader.migration.RandomLegacyTree.UserRecords;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the database must hold after a sequence of imports, worked out from the accepted records
 * alone: an order record is stored once, and a broker id names the first record that brought it
 * (a later record with that id is the same order); an execution is stored once; positions are a
 * replay of the stored executions written here, not the tool's.
 */
final class ExpectedState {
  /** One user's accepted records. */
  static final class Account {
    final Set<String> orderKeys = new HashSet<>();
    final Map<String, String> brokerIds = new HashMap<>();
    final Map<String, Fill> fills = new LinkedHashMap<>();
    boolean paperAccount;

    Account copy() {
      Account a = new Account();
      a.orderKeys.addAll(orderKeys);
      a.brokerIds.putAll(brokerIds);
      a.fills.putAll(fills);
      a.paperAccount = paperAccount;
      return a;
    }
  }

  final Map<String, Account> users = new TreeMap<>();

  ExpectedState copy() {
    ExpectedState s = new ExpectedState();
    users.forEach((email, a) -> s.users.put(email, a.copy()));
    return s;
  }

  Account user(String email) {
    return users.getOrDefault(email, new Account());
  }

  /** A committed import of the tree: its valid records are accepted. */
  void commit(Facts tree) {
    tree.users().forEach((email, records) -> {
      Account a = users.computeIfAbsent(email, e -> new Account());
      for (Order o : records.orders()) {
        if (a.orderKeys.contains(o.key()) || (o.brokerId() != null && a.brokerIds.containsKey(o.brokerId()))) {
          continue;
        }
        a.orderKeys.add(o.key());
        if (o.brokerId() != null) {
          a.brokerIds.put(o.brokerId(), o.key());
        }
      }
      records.fills().forEach(f -> a.fills.putIfAbsent(f.key(), f));
      a.paperAccount |= records.account();
    });
  }

  /** Whether validate must find the tree and the database equal: nothing rejected, and every user's records the same. */
  boolean sameAs(Facts tree) {
    if (!tree.clean()) {
      return false;
    }
    for (Map.Entry<String, UserRecords> e : tree.users().entrySet()) {
      Account a = user(e.getKey());
      UserRecords r = e.getValue();
      Set<String> orders = new HashSet<>();
      r.orders().forEach(o -> orders.add(o.key()));
      Set<String> fills = new HashSet<>();
      r.fills().forEach(f -> fills.add(f.key()));
      if (!a.orderKeys.equals(orders) || !a.fills.keySet().equals(fills) || (r.account() && !a.paperAccount)) {
        return false;
      }
    }
    return true;
  }

  /** One line per fill: symbol side qty price charges time, sorted. */
  static List<String> fillLines(Collection<Fill> fills) {
    return fills.stream().map(f -> fillLine(f.symbol(), f.buy() ? "BUY" : "SELL", f.qty(), f.price(), f.charges(), f.at()))
        .sorted().toList();
  }

  static String fillLine(String symbol, String side, int qty, BigDecimal price, BigDecimal charges, Instant at) {
    return String.join(" ", symbol, side, String.valueOf(qty), plain(price), plain(charges), at.toString());
  }

  /**
   * Trade cycles per symbol in time order (buys first at equal times): a buy from nothing opens a
   * cycle, buys average in, a sell realises (price − average) × quantity, quantity zero closes it;
   * a sell beyond the position sells what there is, one without a position is ignored.
   */
  static List<String> positions(Collection<Fill> fills) {
    Map<String, List<Fill>> bySymbol = new TreeMap<>();
    fills.forEach(f -> bySymbol.computeIfAbsent(f.symbol(), s -> new ArrayList<>()).add(f));
    List<String> lines = new ArrayList<>();
    bySymbol.forEach((symbol, list) -> {
      list.sort(Comparator.comparing(Fill::at).thenComparing(f -> f.buy() ? 0 : 1));
      int qty = 0;
      BigDecimal cost = BigDecimal.ZERO;
      BigDecimal average = BigDecimal.ZERO;
      BigDecimal realised = BigDecimal.ZERO;
      BigDecimal fees = BigDecimal.ZERO;
      Instant opened = null;
      for (Fill f : list) {
        if (f.buy()) {
          opened = qty == 0 ? f.at() : opened;
          qty += f.qty();
          cost = cost.add(f.price().multiply(BigDecimal.valueOf(f.qty())));
          average = cost.divide(BigDecimal.valueOf(qty), MathContext.DECIMAL128);
          fees = fees.add(f.charges());
        } else if (qty > 0) {
          int sold = Math.min(qty, f.qty());
          realised = realised.add(f.price().subtract(average).multiply(BigDecimal.valueOf(sold)));
          qty -= sold;
          cost = average.multiply(BigDecimal.valueOf(qty));
          fees = fees.add(f.charges());
          if (qty == 0) {
            lines.add(position(symbol, 0, average, realised, fees, opened, f.at()));
            cost = BigDecimal.ZERO;
            realised = BigDecimal.ZERO;
            fees = BigDecimal.ZERO;
          }
        }
      }
      if (qty > 0) {
        lines.add(position(symbol, qty, average, realised, fees, opened, null));
      }
    });
    return lines.stream().sorted().toList();
  }

  static String position(String symbol, int qty, BigDecimal average, BigDecimal realised, BigDecimal fees, Instant opened,
      Instant closed) {
    return String.join(" ", symbol, String.valueOf(qty), "avg=" + average.setScale(4, RoundingMode.HALF_UP).toPlainString(),
        "pnl=" + realised.setScale(2, RoundingMode.HALF_UP).toPlainString(), "fees=" + fees.setScale(4, RoundingMode.HALF_UP)
            .toPlainString(), "opened=" + opened, "closed=" + closed);
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
