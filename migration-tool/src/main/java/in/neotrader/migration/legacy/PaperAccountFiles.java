package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.normalise.Numbers;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.PlannedPaperAccount;
import in.neotrader.migration.plan.UserPlan;
import java.math.BigDecimal;

/**
 * {@code account.json}, {@code config.json} and the {@code holdings.json} snapshot of the paper
 * service: one paper account and the paper part of the trading config. The three originals are
 * kept in the account's legacy column for the export.
 */
public final class PaperAccountFiles {
  private static final BigDecimal DEFAULT_CAPITAL = new BigDecimal("100000.00");

  private PaperAccountFiles() {
  }

  public static void read(ImportPlan plan, UserPlan paper, Timestamps ts) {
    String accountFile = paper.paperFile("account.json");
    String configFile = paper.paperFile("config.json");
    String holdingsFile = paper.paperFile("holdings.json");
    JsonNode account = plan.tree.json(accountFile).orElse(null);
    JsonNode config = plan.tree.json(configFile).orElse(null);
    JsonNode holdings = plan.tree.json(holdingsFile).orElse(null);
    if (account == null && config == null) {
      return;
    }
    ObjectNode legacy = LegacyJson.object();
    RecordReader a = new RecordReader(accountFile, "account", account == null ? LegacyJson.object() : account, ts);
    RecordReader c = new RecordReader(configFile, "config", config == null ? LegacyJson.object() : config, ts);
    BigDecimal initial = positive(a, "initial_capital", account != null);
    BigDecimal cash = a.decimal("available_cash", account != null);
    BigDecimal margin = a.decimal("margin_used", false);
    BigDecimal realised = a.decimal("realized_pnl", false);
    BigDecimal unrealised = a.decimal("unrealized_pnl", false);
    var created = a.instant("created_at", false);
    var updated = a.instant("last_updated", false);
    BigDecimal configCapital = positive(c, "initial_capital", false);
    BigDecimal slippage = c.decimal("slippage_percentage", false);
    BigDecimal maxPosition = positive(c, "max_position_size", false); // newer configs only
    if (slippage != null && (slippage.signum() < 0 || slippage.compareTo(BigDecimal.valueOf(5)) > 0)) {
      c.fail("slippage_percentage", "must be between 0 and 5, got " + slippage.toPlainString());
    }
    boolean accountOk = a.finish(plan.problems());
    boolean configOk = c.finish(plan.problems());
    if (!accountOk || !configOk) {
      return;
    }
    if (account != null) {
      legacy.set("account", account);
      plan.counted(accountFile, 1);
    }
    if (config != null) {
      legacy.set("config", config);
      plan.counted(configFile, 1);
    }
    if (holdings != null) {
      legacy.set("holdings", holdings);
      plan.counted(holdingsFile, holdings.size());
    }
    if (initial != null && configCapital != null && initial.compareTo(configCapital) != 0) {
      plan.problems().warn(new Problem(configFile, "config", "initial_capital", "config says " + configCapital.toPlainString()
          + ", " + accountFile + " says " + initial.toPlainString() + "; the account keeps the account file's figure"));
    }
    BigDecimal capital = initial != null ? initial : configCapital != null ? configCapital : DEFAULT_CAPITAL;
    paper.paperAccount = new PlannedPaperAccount(Numbers.money(capital),
        cash == null ? capital : Numbers.charges(cash), money(margin), money(realised), money(unrealised), created, updated,
        configCapital == null ? null : Numbers.money(configCapital), slippage,
        maxPosition == null ? null : Numbers.money(maxPosition),
        config == null ? null : (ObjectNode) config, legacy);
  }

  private static BigDecimal positive(RecordReader r, String field, boolean required) {
    BigDecimal v = r.decimal(field, required);
    return v != null && v.signum() <= 0 ? r.fail(field, "must be positive, got " + v.toPlainString()) : v;
  }

  private static BigDecimal money(BigDecimal v) {
    return v == null ? BigDecimal.ZERO.setScale(2) : Numbers.money(v);
  }
}
