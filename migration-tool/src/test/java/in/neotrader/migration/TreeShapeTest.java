package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd shapes of the tree itself: a directory or link loop for a file, an empty source, a retry-queue-only history. */
class TreeShapeTest {
  @TempDir
  Path dir;
  Tool tool;
  Path reports;

  @BeforeEach
  void freshDatabase() {
    reports = dir.resolve("reports");
    tool = new Tool(TestDatabase.create(), reports);
  }

  private String report() throws IOException {
    return Tool.latestReport(reports);
  }

  @Test
  void aDirectoryOrASymlinkLoopWhereAFileShouldBeIsRejectedNotAbsent() throws IOException {
    Path root = Tool.copyOfSample(dir.resolve("legacy"));
    Files.delete(root.resolve("data/pending_orders.json"));
    Files.createDirectory(root.resolve("data/pending_orders.json"));
    Files.delete(root.resolve("paper_trading/unified_service/orders.json"));
    Files.createSymbolicLink(root.resolve("paper_trading/unified_service/orders.json"), Path.of("orders.json"));
    assertThat(tool.run("import", "--source", root.toString())).isEqualTo(4);
    assertThat(tool.count("SELECT count(*) FROM orders")).isZero();
    assertThat(report())
        .contains("data/pending_orders.json: is a directory where the file should be; nothing of it is imported")
        .contains("paper_trading/unified_service/orders.json: is not a readable file (a broken link or a symlink loop)");
  }

  @Test
  void anEmptyOrWrongSourceIsABadUsageNotACommittedImport() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThat(tool.run("import", "--source", empty.toString())).isEqualTo(2);
    assertThat(tool.run("import", "--source", dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(tool.count("SELECT count(*) FROM migration_batches")).isZero();
  }

  @Test
  void aHistoryHoldingOnlyTheRetryQueueKeepsTheQueue() throws IOException {
    Path root = dir.resolve("legacy");
    Files.createDirectories(root.resolve("data"));
    Files.writeString(root.resolve("data/trades_history.json"), "{\"failed_orders\": [{\"symbol\": \"MARICO\", \"close\": 721.35,"
        + " \"qty\": 277, \"reason\": \"insufficient_balance\", \"first_failed_at\": \"2025-11-13T16:05:33.270914\"}],"
        + " \"last_run\": \"2025-11-13T16:06:02\"}");
    assertThat(tool.run("import", "--source", root.toString())).isZero();
    assertThat(tool.scalar("SELECT symbol || ' ' || quantity || ' ' || status FROM orders")).isEqualTo("MARICO 277 FAILED");
  }

  @Test
  void aChargesProblemIsReportedAsCharges() throws IOException {
    Path root = dir.resolve("legacy");
    Files.createDirectories(root.resolve("paper_trading/unified_service"));
    Files.writeString(root.resolve("paper_trading/unified_service/transactions.json"), "[{\"order_id\": \"PT1\", \"symbol\":"
        + " \"ASTRAL\", \"transaction_type\": \"BUY\", \"quantity\": 3, \"price\": 10, \"charges\": -1,"
        + " \"timestamp\": \"2025-11-13T16:05:19\"}]");
    assertThat(tool.run("import", "--source", root.toString())).isEqualTo(4);
    assertThat(report()).contains("paper_trading/unified_service/transactions.json [record 0 PT1] .charges: charges must not be negative, got -1");
  }

  @Test
  void anEmptyOrTruncatedFileSaysSoAndWhereItBroke() throws IOException {
    Path root = dir.resolve("legacy");
    Files.createDirectories(root.resolve("data"));
    Files.writeString(root.resolve("data/trades_history.json"), "");
    Files.writeString(root.resolve("data/pending_orders.json"), "{\n  \"orders\": [\n    {\"order_id\": \"1\", \"qty\": 5,\n");
    Files.writeString(root.resolve("data/system_recommended_symbols.json"), "{\"symbols\": [}");
    assertThat(tool.run("import", "--source", root.toString())).isEqualTo(4);
    assertThat(report())
        .contains("data/trades_history.json: file is empty, nothing of it is imported (look for a good copy under data_backups/)")
        .contains("data/pending_orders.json: file cannot be parsed at line 4, column 1: the file ends early (truncated?);"
            + " nothing of it is imported")
        .contains("data/system_recommended_symbols.json: file cannot be parsed at line 1, column 14:"
            + " Unexpected close marker '}': expected ']'; nothing")
        .doesNotContain("required array is missing").doesNotContain("start marker").doesNotContain("[Source");
  }
}
