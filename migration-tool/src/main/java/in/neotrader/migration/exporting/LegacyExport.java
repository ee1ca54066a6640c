package in.neotrader.migration.exporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import in.neotrader.migration.legacy.LegacyTree;
import in.neotrader.migration.normalise.Timestamps;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the legacy layout back from the database: the rollback path to the old service. Rows
 * that came from the files give back their original record; rows the new service created are
 * built from the columns. Live files come from one user, the paper directory from another.
 */
public final class LegacyExport {
  private static final String LIVE_ORDERS = "SELECT * FROM orders WHERE user_id = ? ORDER BY coalesce(filled_at, placed_at), id";

  private final Connection c;
  private final Path out;
  private final FromColumns columns;
  private final Map<String, Integer> written = new HashMap<>();

  public LegacyExport(Connection c, Path out) {
    this.c = c;
    this.out = out;
    this.columns = new FromColumns(new Timestamps(Timestamps.IST));
  }

  public Map<String, Integer> written() {
    return written;
  }

  public void live(long userId) throws SQLException, IOException {
    List<ObjectNode> orders = StoredRecords.query(c, LIVE_ORDERS, userId);
    ArrayNode trades = LegacyJson.MAPPER.createArrayNode();
    ArrayNode failed = LegacyJson.MAPPER.createArrayNode();
    ArrayNode pending = LegacyJson.MAPPER.createArrayNode();
    for (ObjectNode o : orders) {
      JsonNode trade = StoredRecords.legacy(o, "trades");
      JsonNode retry = StoredRecords.legacy(o, "failed_orders");
      boolean fromFiles = !o.path("legacy").isNull() || !o.path("legacy_ref").isNull();
      if (trade != null) {
        trades.add(trade);
      } else if (retry != null) {
        failed.add(retry);
      } else if (!fromFiles && "FILLED".equals(o.get("status").asText()) && "BUY".equals(o.get("side").asText())) {
        trades.add(columns.trade(o));
      } else if (!fromFiles && "FAILED".equals(o.get("status").asText())) {
        failed.add(columns.failed(o));
      }
    }
    orders.stream().sorted(java.util.Comparator.comparing((ObjectNode o) -> o.get("placed_at").asText()))
        .forEach(o -> {
          JsonNode p = StoredRecords.legacy(o, "pending_orders");
          boolean fromFiles = !o.path("legacy_ref").isNull();
          if (p != null) {
            pending.add(p);
          } else if (!fromFiles && o.path("broker_order_id").isTextual() && !"FAILED".equals(o.get("status").asText())
              && !("FILLED".equals(o.get("status").asText()) && "BUY".equals(o.get("side").asText()))) {
            pending.add(columns.pending(o));
          }
        });
    ObjectNode history = LegacyJson.object();
    history.set("trades", trades);
    history.set("failed_orders", failed);
    JsonNode lastRun = StoredRecords.latestHeader(c, "trades_last_run");
    history.set("last_run", lastRun == null ? LegacyJson.MAPPER.nullNode() : lastRun);
    writeJson(LegacyTree.TRADES, history, true, trades.size() + failed.size());
    ObjectNode pendingFile = LegacyJson.object();
    pendingFile.set("orders", pending);
    writeJson(LegacyTree.PENDING, pendingFile, false, pending.size());
    tracking(userId);
    new CsvExport(c, out, written).signals(userId);
    new CsvExport(c, out, written).dailyPnl(userId);
  }

  private void tracking(long userId) throws SQLException, IOException {
    ArrayNode symbols = LegacyJson.MAPPER.createArrayNode();
    StoredRecords.query(c, "SELECT * FROM tracked_symbols WHERE user_id = ? AND legacy IS NOT NULL ORDER BY tracking_started_at, id",
        userId).forEach(t -> symbols.add(t.get("legacy")));
    if (!symbols.isEmpty()) {
      ObjectNode file = LegacyJson.object();
      file.set("symbols", symbols);
      writeJson(LegacyTree.TRACKING, file, false, symbols.size());
      return;
    }
    ArrayNode rows = LegacyJson.MAPPER.createArrayNode();
    StoredRecords.query(c, "SELECT * FROM signals WHERE user_id = ? AND jsonb_exists(legacy, 'signal_rows') ORDER BY created_at, id", userId)
        .forEach(s -> rows.add(s.get("legacy").get("signal_rows")));
    if (!rows.isEmpty()) {
      writeJson(LegacyTree.TRACKING, rows, false, rows.size());
    }
  }

  public void paper(long userId) throws SQLException, IOException {
    List<ObjectNode> orders = StoredRecords.query(c, "SELECT * FROM orders WHERE user_id = ? ORDER BY placed_at, id", userId);
    Map<Long, ObjectNode> byId = new HashMap<>();
    ArrayNode paperOrders = LegacyJson.MAPPER.createArrayNode();
    for (ObjectNode o : orders) {
      byId.put(o.get("id").asLong(), o);
      JsonNode original = StoredRecords.legacy(o, "paper_orders");
      if (original != null) {
        paperOrders.add(original);
      } else if (o.path("legacy_ref").isNull()) {
        paperOrders.add(columns.paperOrder(o));
      }
    }
    ArrayNode transactions = LegacyJson.MAPPER.createArrayNode();
    StoredRecords.query(c, "SELECT * FROM fills WHERE user_id = ? ORDER BY filled_at, id", userId).forEach(f -> {
      JsonNode original = StoredRecords.legacy(f, "transactions");
      transactions.add(original != null ? original : columns.transaction(f, byId.get(f.get("order_id").asLong())));
    });
    if (orders.isEmpty() && transactions.isEmpty() && StoredRecords.query(c, "SELECT * FROM paper_accounts WHERE user_id = ?", userId).isEmpty()) {
      return;
    }
    writeJson(LegacyTree.PAPER_ORDERS, paperOrders, true, paperOrders.size());
    writeJson(LegacyTree.PAPER_TRANSACTIONS, transactions, true, transactions.size());
    accountFiles(userId);
  }

  private void accountFiles(long userId) throws SQLException, IOException {
    List<ObjectNode> accounts = StoredRecords.query(c, "SELECT * FROM paper_accounts WHERE user_id = ?", userId);
    if (accounts.isEmpty()) {
      return;
    }
    ObjectNode a = accounts.get(0);
    ObjectNode account = a.path("legacy").path("account").isObject() ? (ObjectNode) a.get("legacy").get("account").deepCopy()
        : LegacyJson.object();
    // The service may have moved cash since cut-over: the columns win over the kept original.
    replaceWhenChanged(account, "available_cash", a.get("available_cash"));
    replaceWhenChanged(account, "initial_capital", a.get("initial_capital"));
    writeJson(LegacyTree.PAPER_ACCOUNT, account, true, 1);
    List<ObjectNode> config = StoredRecords.query(c, "SELECT * FROM user_trading_config WHERE user_id = ?", userId);
    if (!config.isEmpty() && config.get(0).get("paper_settings").isObject()) {
      writeJson(LegacyTree.PAPER_CONFIG, config.get(0).get("paper_settings"), true, 1);
    }
    new HoldingsExport(c, columns).write(userId, a.path("legacy").path("holdings")).ifPresent(h -> {
      try {
        writeJson(LegacyTree.PAPER_HOLDINGS, h, true, h.size());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static void replaceWhenChanged(ObjectNode record, String field, JsonNode column) {
    BigDecimal stored = column.decimalValue();
    JsonNode original = record.get(field);
    if (original == null || !original.isNumber()
        || original.decimalValue().setScale(stored.scale(), RoundingMode.HALF_UP).compareTo(stored) != 0) {
      record.put(field, stored);
    }
  }

  private void writeJson(String relative, JsonNode content, boolean escapeNonAscii, int records) throws IOException {
    LegacyJson.write(out.resolve(relative), content, escapeNonAscii);
    written.merge(relative, records, Integer::sum);
  }

}
