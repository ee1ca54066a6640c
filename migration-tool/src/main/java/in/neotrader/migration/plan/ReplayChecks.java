package in.neotrader.migration.plan;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.legacy.LegacyTree;
import in.neotrader.migration.legacy.Problem;
import in.neotrader.migration.legacy.Problems;
import in.neotrader.migration.normalise.Numbers;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Compares the replayed positions and cash with what the legacy files claim (trade status and
 * qty, the holdings snapshot, account cash). Differences are warnings: the fills are the truth.
 */
public final class ReplayChecks {
  private ReplayChecks() {
  }

  public static void liveTrades(UserPlan live, Problems problems) {
    Map<String, Integer> claimed = new HashMap<>();
    live.orders.stream().filter(o -> o.legacy.has("trades")).forEach(o -> {
      JsonNode trade = o.legacy.get("trades");
      int open = "open".equals(trade.path("status").asText()) ? Numbers.wholeNumber(trade.get("qty")).orElse(0) : 0;
      claimed.merge(o.symbol, open, Integer::sum);
    });
    Map<String, Integer> replayed = openQuantities(live);
    claimed.forEach((symbol, qty) -> {
      int actual = replayed.getOrDefault(symbol, 0);
      if (actual != qty) {
        problems.warn(new Problem(LegacyTree.TRADES, symbol, "qty",
            "open trades claim " + qty + " shares, the replay of fills gives " + actual + " (fills win)"));
      }
    });
  }

  public static void paperHoldings(UserPlan paper, Problems problems) {
    if (paper.paperAccount == null) {
      return;
    }
    JsonNode holdings = paper.paperAccount.legacy().path("holdings");
    if (holdings.isMissingNode()) {
      return; // no snapshot to check against: the replay is the positions, nothing to warn about
    }
    Map<String, Integer> replayed = openQuantities(paper);
    for (Iterator<Map.Entry<String, JsonNode>> it = holdings.fields(); it.hasNext(); ) {
      var e = it.next();
      int claimed = Numbers.wholeNumber(e.getValue().get("quantity")).orElse(0);
      int actual = replayed.getOrDefault(e.getKey(), 0);
      if (claimed != actual) {
        problems.warn(new Problem(paper.paperFile("holdings.json"), e.getKey(), "quantity", "snapshot says " + claimed
            + ", the replay of transactions gives " + actual + " (a stale row the legacy never removes; the replay wins)"));
      }
    }
    replayed.forEach((symbol, qty) -> {
      if (qty > 0 && !holdings.has(symbol)) {
        problems.warn(new Problem(paper.paperFile("holdings.json"), symbol, null, "no holding row for an open position of " + qty));
      }
    });
  }

  /** available_cash = initial capital − Σ(buy value + charges) + Σ(sell value − charges). */
  public static void paperCash(UserPlan paper, Problems problems) {
    PlannedPaperAccount account = paper.paperAccount;
    if (account == null || !account.legacy().has("account")) {
      return;
    }
    BigDecimal cash = account.initialCapital();
    for (PlannedFill f : paper.fills) {
      cash = f.buy() ? cash.subtract(f.value()).subtract(f.charges()) : cash.add(f.value()).subtract(f.charges());
    }
    if (Numbers.money(cash).compareTo(Numbers.money(account.availableCash())) != 0) {
      problems.warn(new Problem(paper.paperFile("account.json"), "account", "available_cash", "file says "
          + account.availableCash().toPlainString() + ", the replay of transactions gives " + Numbers.money(cash).toPlainString()));
    }
  }

  private static Map<String, Integer> openQuantities(UserPlan user) {
    Map<String, Integer> open = new HashMap<>();
    user.positions.stream().filter(PlannedPosition::open).forEach(p -> open.merge(p.symbol(), p.quantity(), Integer::sum));
    return open;
  }
}
