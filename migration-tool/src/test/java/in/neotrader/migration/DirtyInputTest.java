package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made dirty legacy trees: each gets its intended outcome, and a refused batch writes nothing. */
class DirtyInputTest {
  @TempDir
  Path dir;
  Tool tool;
  Path reports;

  @BeforeEach
  void freshDatabase() {
    reports = dir.resolve("reports");
    tool = new Tool(TestDatabase.create(), reports);
  }

  private Path tree(String pendingJson, String paperTransactionsJson) throws IOException {
    Path root = dir.resolve("legacy");
    write(root.resolve("data/pending_orders.json"), pendingJson);
    if (paperTransactionsJson != null) {
      write(root.resolve("paper_trading/unified_service/transactions.json"), paperTransactionsJson);
    }
    return root;
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static String pending(String orderId, String qty, String placedAt, String status) {
    return "{\"order_id\": \"" + orderId + "\", \"symbol\": \"BAJAJ-AUTO-EQ\", \"qty\": " + qty + ", \"order_type\": \"MARKET\","
        + " \"variety\": \"AMO\", \"price\": \"0.0\", \"placed_at\": \"" + placedAt + "\", \"status\": \"" + status + "\"}";
  }

  private String report() throws IOException {
    return Tool.latestReport(reports);
  }

  @Test
  void stringNumbersTwoTimestampFormatsBomAndDuplicatesAreNormalised() throws IOException {
    Path root = tree("\uFEFF{\"orders\": [" + pending("251113000000001", "\"70\"", "2025-11-13T16:05:19", "PENDING") + ", "
        + pending("251113000000002", "12", "13-Nov-2025 16:05:20", "PENDING") + ", "
        + pending("251113000000001", "\"70\"", "2025-11-13T16:05:19", "PENDING") + "]}", null);
    assertThat(tool.run("import", "--source", root.toString())).isEqualTo(0);
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(2);
    assertThat(tool.scalar("SELECT string_agg(symbol || ' ' || trading_symbol || ' ' || quantity || ' ' || status || ' '"
        + " || to_char(placed_at AT TIME ZONE 'Asia/Kolkata', 'HH24:MI:SS'), ',' ORDER BY broker_order_id) FROM orders"))
        .isEqualTo("BAJAJ-AUTO BAJAJ-AUTO-EQ 70 AMO_PENDING 16:05:19,BAJAJ-AUTO BAJAJ-AUTO-EQ 12 AMO_PENDING 16:05:20");
    assertThat(report()).contains("Duplicates skipped: 1");
  }

  @Test
  void everyProblemIsReportedAndTheStrictBatchWritesNothing() throws IOException {
    Path root = tree("{\"orders\": [" + pending("1", "-5", "2025-11-13T16:05:19", "PENDING") + ", "
        + pending("2", "5", "yesterday", "WAITING") + ", " + pending("3", "5", "2025-11-13T16:05:19", "PENDING") + "]}",
        "[{\"order_id\": \"PT1\", \"symbol\": \"ASTRAL\", \"transaction_type\": \"BUY\", \"quantity\": 3, \"price\": 1,");
    assertThat(tool.run("import", "--source", root.toString())).isEqualTo(4);
    assertThat(tool.count("SELECT count(*) FROM orders")).isZero();
    assertThat(tool.count("SELECT count(*) FROM users")).isZero();
    assertThat(tool.scalar("SELECT status FROM migration_batches")).isEqualTo("failed");
    assertThat(report())
        .contains("data/pending_orders.json [orders[0] 1] .qty: quantity must be positive, got -5")
        .contains("data/pending_orders.json [orders[1] 2] .placed_at: 'yesterday' is not a known timestamp format")
        .contains("data/pending_orders.json [orders[1] 2] .status: unknown value 'WAITING'")
        .contains("paper_trading/unified_service/transactions.json: file cannot be parsed");
  }

  @Test
  void skipInvalidImportsTheRestAndQuarantinesTheRejected() throws IOException {
    Path root = tree("{\"orders\": [" + pending("1", "-5", "2025-11-13T16:05:19", "PENDING") + ", "
        + pending("3", "5", "2025-11-13T16:05:19", "PENDING") + "]}", "[{\"truncated\": ");
    assertThat(tool.run("import", "--source", root.toString(), "--skip-invalid")).isEqualTo(0);
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(1);
    try (Stream<Path> files = Files.list(reports)) {
      Path quarantine = files.filter(p -> p.toString().endsWith(".quarantine.json")).findFirst().orElseThrow();
      assertThat(Files.readString(quarantine)).contains("quantity must be positive").contains("\"qty\" : -5");
    }
  }

  @Test
  void sameKeyWithDifferentContentRejectsTheLaterRecord() throws IOException {
    Path root = tree("[" + pending("7", "5", "2025-11-13T16:05:19", "PENDING") + ", "
        + pending("7", "6", "2025-11-13T16:05:19", "PENDING") + "]", null);
    assertThat(tool.run("import", "--source", root.toString())).isEqualTo(4);
    assertThat(report()).contains("[orders[1] 7]: same natural key (7) as [orders[0] 7] but different content");
  }

  @Test
  void aGrownFileImportsOnlyTheNewRecords() throws IOException {
    String first = pending("11", "5", "2025-11-13T16:05:19", "PENDING");
    assertThat(tool.run("import", "--source", tree("{\"orders\": [" + first + "]}", null).toString())).isEqualTo(0);
    String grown = "{\"orders\": [" + first + ", " + pending("12", "8", "2025-11-14T16:05:19.120000+05:30", "PENDING") + "]}";
    assertThat(tool.run("import", "--source", tree(grown, null).toString())).isEqualTo(0);
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(2);
    assertThat(tool.count("SELECT count(*) FROM orders WHERE migration_batch_id = 2")).isEqualTo(1);
    assertThat(tool.run("validate", "--source", dir.resolve("legacy").toString())).isEqualTo(0);
  }

  @Test
  void missingOptionalFieldsAreFine() throws IOException {
    Path root = dir.resolve("legacy");
    write(root.resolve("data/trades_history.json"), "[{\"symbol\": \"KEI\", \"entry_price\": \"₹3,988.50\","
        + " \"entry_time\": \"2025-11-14T09:20:00Z\", \"qty\": 5, \"status\": \"open\"}]");
    assertThat(tool.run("import", "--source", root.toString())).isEqualTo(0);
    assertThat(tool.scalar("SELECT trading_symbol || ' ' || average_fill_price || ' ' || to_char(placed_at AT TIME ZONE"
        + " 'Asia/Kolkata', 'HH24:MI') FROM orders")).isEqualTo("KEI-EQ 3988.5000 14:50");
    assertThat(tool.count("SELECT count(*) FROM positions WHERE closed_at IS NULL AND quantity = 5")).isEqualTo(1);
  }

  @Test
  void aBrokenOrMissingTickerPlacedSymbolAndEntryTypeGetTheirDefaults() throws IOException {
    Path root = dir.resolve("legacy");
    write(root.resolve("data/trades_history.json"), "{\"trades\": [{\"symbol\": \"KEI\", \"ticker\": \".NS\", \"placed_symbol\": \"\","
        + " \"entry_price\": 3988.5, \"entry_time\": \"2025-11-14T09:20:00\", \"qty\": 5, \"status\": \"open\"},"
        + " {\"symbol\": \"ASTRAL\", \"entry_price\": 1400, \"entry_time\": \"2025-11-14T09:21:00\", \"qty\": 2,"
        + " \"status\": \"open\", \"entry_type\": \"reentry\"}]}");
    assertThat(tool.run("import", "--source", root.toString())).isEqualTo(0);
    assertThat(tool.scalar("SELECT string_agg(trading_symbol || ' ' || (metadata->>'ticker') || ' ' || (metadata->>'entry_type'),"
        + " ',' ORDER BY symbol) FROM orders")).isEqualTo("ASTRAL-EQ ASTRAL.NS reentry,KEI-EQ KEI.NS system_recommended");
  }
}
