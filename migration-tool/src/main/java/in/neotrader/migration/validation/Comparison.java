package in.neotrader.migration.validation;

import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.PlannedFill;
import in.neotrader.migration.plan.PlannedOrder;
import in.neotrader.migration.plan.UserPlan;
import in.neotrader.migration.store.Users;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Files against database, record by record: every order's fields, counts and per-symbol sums of
 * quantities and values of fills, signals, tracking entries, daily P&L and the paper cash.
 */
public final class Comparison {
  private final Connection c;
  private final List<String> differences = new ArrayList<>();
  private final List<String> matched = new ArrayList<>();

  public Comparison(Connection c) {
    this.c = c;
  }

  public List<String> differences() {
    return differences;
  }

  public List<String> matched() {
    return matched;
  }

  /** {@code owners}: role -> email of every user of the plan. */
  public void compare(ImportPlan plan, Map<String, String> owners) throws SQLException {
    plan.problems().rejections().forEach(p -> differences.add("rejected in the files, so not in the database: " + p));
    for (UserPlan user : plan.users()) {
      String email = owners.get(user.role);
      compareUser(user, Users.find(c, email), email);
    }
  }

  private void compareUser(UserPlan plan, Optional<Long> user, String email) throws SQLException {
    if (user.isEmpty()) {
      if (!plan.orders.isEmpty() || !plan.signals.isEmpty() || plan.paperAccount != null) {
        differences.add(email + ": user does not exist, nothing of the " + plan.role + " files is imported");
      }
      return;
    }
    long id = user.get();
    int before = differences.size();
    // The files' orders by key, then the stored rows streamed past them: nothing of the database side is kept.
    Map<String, PlannedOrder> expected = new LinkedHashMap<>(plan.orders.size() * 4 / 3 + 16);
    for (PlannedOrder o : plan.orders) {
      if (expected.putIfAbsent(o.legacyRef, o) != null) {
        differences.add(email + " order " + o.legacyRef + ": in the files, not in the database");
      }
    }
    StoredRows.orders(c, id, (ref, actual) -> {
      PlannedOrder o = expected.remove(ref);
      if (o == null) {
        differences.add(email + " order " + ref + ": in the database, not in the files");
        return;
      }
      OrderFields wanted = OrderFields.of(o);
      if (!wanted.sameAs(actual)) {
        differences.add(email + " order " + ref + ": files [" + wanted + "] database [" + actual + "]");
      }
    });
    expected.keySet().forEach(k -> differences.add(email + " order " + k + ": in the files, not in the database"));
    note(before, email + ": " + plan.orders.size() + " orders, every field equal");

    before = differences.size();
    Map<String, BigDecimal[]> fileSums = new HashMap<>();
    for (PlannedFill f : plan.fills) {
      BigDecimal[] s = fileSums.computeIfAbsent(f.order().symbol + " " + f.order().side,
          k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      s[0] = s[0].add(BigDecimal.ONE);
      s[1] = s[1].add(BigDecimal.valueOf(f.quantity()));
      s[2] = s[2].add(f.value());
      s[3] = s[3].add(f.charges());
    }
    Map<String, BigDecimal[]> dbSums = StoredRows.fillSums(c, id);
    fileSums.forEach((key, s) -> {
      BigDecimal[] d = dbSums.remove(key);
      if (d == null || !sameNumbers(s, d)) {
        differences.add(email + " fills " + key + ": files " + describe(s) + " database " + (d == null ? "none" : describe(d)));
      }
    });
    dbSums.forEach((key, d) -> differences.add(email + " fills " + key + ": in the database only " + describe(d)));
    note(before, email + ": " + plan.fills.size() + " fills, count, quantity, value and charges equal per symbol and side");

    count(email + " signals", plan.signals.size(), "SELECT count(*) FROM signals WHERE user_id = ? AND legacy_ref IS NOT NULL", id);
    count(email + " tracking entries", plan.tracking.size(), "SELECT count(*) FROM tracked_symbols WHERE user_id = ? AND legacy IS NOT NULL", id);
    count(email + " daily P&L rows", plan.dailyPnl.size(), "SELECT count(*) FROM daily_pnl WHERE user_id = ? AND legacy_ref IS NOT NULL", id);
    if (plan.paperAccount != null) {
      BigDecimal cash = StoredRows.decimal(c, "SELECT available_cash FROM paper_accounts WHERE user_id = ?", id);
      if (cash == null || cash.compareTo(plan.paperAccount.availableCash()) != 0) {
        differences.add(email + " paper cash: files " + plan.paperAccount.availableCash() + " database " + cash);
      } else {
        matched.add(email + ": paper cash " + cash.toPlainString() + " equal");
      }
    }
  }

  private void count(String what, long expected, String sql, long userId) throws SQLException {
    long actual = StoredRows.count(c, sql, userId);
    if (actual != expected) {
      differences.add(what + ": files " + expected + ", database " + actual);
    } else {
      matched.add(what + ": " + actual + " equal");
    }
  }

  private void note(int before, String ok) {
    if (differences.size() == before) {
      matched.add(ok);
    }
  }

  private static boolean sameNumbers(BigDecimal[] a, BigDecimal[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i].compareTo(b[i]) != 0) {
        return false;
      }
    }
    return true;
  }

  private static String describe(BigDecimal[] s) {
    return "[count " + s[0].toPlainString() + ", qty " + s[1].toPlainString() + ", value " + s[2].stripTrailingZeros().toPlainString()
        + ", charges " + s[3].stripTrailingZeros().toPlainString() + "]";
  }
}
