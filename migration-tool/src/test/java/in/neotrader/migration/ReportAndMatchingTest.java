package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicates by value, the merges and duplicates named in the report, dry-run counts, broker id conflicts. */
class ReportAndMatchingTest {
  @TempDir
  Path dir;
  Tool tool;
  Path reports;

  @BeforeEach
  void freshDatabase() {
    reports = dir.resolve("reports");
    tool = new Tool(TestDatabase.create(), reports);
  }

  static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  static String pending(String orderId, String symbol, String price) {
    return "{\"order_id\": \"" + orderId + "\", \"symbol\": \"" + symbol + "\", \"qty\": 5, \"order_type\": \"MARKET\","
        + " \"variety\": \"AMO\", \"price\": " + price + ", \"placed_at\": \"2025-11-13T16:05:19\", \"status\": \"PENDING\"}";
  }

  private String report() throws IOException {
    return Tool.latestReport(reports);
  }

  @Test
  void aNumberWrittenAsAStringInACopyIsADuplicateNotAConflict() throws IOException {
    Path root = dir.resolve("legacy");
    write(root.resolve("data/pending_orders.json"), "{\"orders\": [" + pending("251113000000001", "ASTRAL-EQ", "100.5") + ", "
        + pending("251113000000001", "ASTRAL-EQ", "\"100.5\"") + "]}");
    assertThat(tool.run("import", "--source", root.toString())).isZero();
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(1);
    assertThat(report()).contains("Duplicates skipped: 1\n  data/pending_orders.json [orders[1] 251113000000001]:"
        + " duplicate of [orders[0] 251113000000001] (natural key 251113000000001); the earlier one is kept");
  }

  @Test
  void oneNumberWrittenAsTwoDifferentStringsIsADuplicateNotAConflict() throws IOException {
    Path root = dir.resolve("legacy");
    write(root.resolve("data/pending_orders.json"), "{\"orders\": [" + pending("251113000000001", "ASTRAL-EQ", "\"100.5\"") + ", "
        + pending("251113000000001", "ASTRAL-EQ", "\"₹100.50\"") + "]}");
    assertThat(tool.run("import", "--source", root.toString())).isZero();
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(1);
    assertThat(report()).contains("Duplicates skipped: 1");
  }

  @Test
  void theReportNamesEveryMergeWithTheKeptRecord() throws IOException {
    assertThat(tool.run("import", "--source", Tool.SAMPLE.toString())).isZero();
    assertThat(report()).contains("Merged: 1\n  data/pending_orders.json [orders[0] 251031000098213] .order_id: same broker order"
        + " as legacy:live:trades:GLENMARK@");
  }

  @Test
  void aDryRunPrintsTheRowsItWouldWritePerTableAndWritesNothing() throws IOException {
    assertThat(tool.run("import", "--source", Tool.SAMPLE.toString(), "--dry-run")).isZero();
    assertThat(tool.count("SELECT count(*) FROM orders")).isZero();
    assertThat(tool.count("SELECT count(*) FROM users")).isZero();
    assertThat(tool.count("SELECT count(*) FROM migration_batches")).isZero();
    assertThat(report()).containsPattern("Rows it would write:\n(.*\n)*  orders +\\d+\n").containsPattern("  fills +\\d+\n");
    assertThat(tool.run("import", "--source", Tool.SAMPLE.toString())).isZero();
    long orders = tool.count("SELECT count(*) FROM orders");
    assertThat(report()).containsPattern("  orders +" + orders + "\n");
  }

  @Test
  void aBrokerIdHeldByAnotherStoredOrderIsRejectedAndAStrictBatchWritesNothing() throws IOException {
    Path first = dir.resolve("first");
    write(first.resolve("data/pending_orders.json"), "[" + pending("251113000000009", "ASTRAL-EQ", "0.0") + "]");
    assertThat(tool.run("import", "--source", first.toString())).isZero();
    Path second = dir.resolve("second");
    write(second.resolve("data/trades_history.json"), "{\"trades\": [{\"symbol\": \"KEI\", \"entry_price\": 3988.5,"
        + " \"entry_time\": \"2025-11-14T09:20:00\", \"qty\": 5, \"status\": \"open\", \"order_id\": \"251113000000009\"}]}");
    assertThat(tool.run("import", "--source", second.toString())).isEqualTo(4);
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(1);
    assertThat(tool.count("SELECT count(*) FROM fills")).isZero();
    assertThat(tool.scalar("SELECT string_agg(status, ',' ORDER BY id) FROM migration_batches")).isEqualTo("committed,failed");
    assertThat(report()).contains("live trades [legacy:live:trades:KEI@2025-11-14T03:50:00Z:buy] .broker_order_id: broker order id"
        + " 251113000000009 is already held by stored order legacy:live:pending_orders:251113000000009 (BUY ASTRAL), not BUY KEI");
    assertThat(tool.run("import", "--source", second.toString(), "--skip-invalid")).isZero();
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(1);
    assertThat(tool.count("SELECT count(*) FROM positions")).isZero();
  }
}
