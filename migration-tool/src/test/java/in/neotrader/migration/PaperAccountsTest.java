package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every folder under paper_trading/ is its own paper account; backups are skipped, the rest listed. */
class PaperAccountsTest {
  private static final Path UNIFIED = Tool.SAMPLE.resolve("paper_trading/unified_service");
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

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
    }
  }

  /** The sample plus two more accounts, a backup copy and some files no importer reads. */
  private Path treeWithAccounts() throws IOException {
    Path root = Tool.copyOfSample(dir.resolve("legacy"));
    copyFolder(UNIFIED, root.resolve("paper_trading/user_1"));
    copyFolder(UNIFIED, root.resolve("paper_trading/user_2"));
    copyFolder(UNIFIED, root.resolve("paper_trading/unified_service_backup_20251101"));
    Files.createDirectories(root.resolve("paper_trading/user_1/reports"));
    Files.writeString(root.resolve("paper_trading/user_1/reports/report_20251113.json"), "{}");
    Files.writeString(root.resolve("paper_trading/notes.txt"), "hand notes");
    Files.createDirectories(root.resolve("paper_trading/scratch"));
    Files.writeString(root.resolve("paper_trading/scratch/todo.md"), "-");
    return root;
  }

  private long ordersOf(String email) {
    return tool.count("SELECT count(*) FROM orders o JOIN users u ON u.id = o.user_id WHERE u.email = '" + email + "'");
  }

  @Test
  void everyAccountFolderBecomesItsOwnUserAndTheReportNamesWhatWasLeftOut() throws IOException {
    Path root = treeWithAccounts();
    assertThat(tool.run("import", "--source", root.toString(), "--paper-user-map", "user_1=Alice@Example.com")).isZero();
    long paperOrders = ordersOf("legacy-paper@localhost");
    assertThat(paperOrders).isEqualTo(6);
    assertThat(ordersOf("alice@example.com")).isEqualTo(paperOrders);
    assertThat(ordersOf("legacy-paper-user_2@localhost")).isEqualTo(paperOrders);
    assertThat(tool.count("SELECT count(*) FROM paper_accounts")).isEqualTo(3);
    assertThat(tool.count("SELECT count(*) FROM users")).isEqualTo(4); // live + three accounts, not the backup
    assertThat(report())
        .contains("Skipped: 1\n  paper_trading/unified_service_backup_20251101: backup folder, skipped (not imported)\n")
        .contains("  paper_trading/notes.txt: not a paper account folder; not migrated\n")
        .contains("  paper_trading/scratch: folder holds none of")
        .contains("  paper_trading/user_1/reports: derived daily reports, kept in the legacy tree as archive; not migrated\n")
        .contains("  paper_trading/user_2/orders.json ");
    assertThat(tool.run("validate", "--source", root.toString(), "--paper-user-map", "user_1=alice@example.com")).isZero();
    // a second run of the same tree inserts nothing
    assertThat(tool.run("import", "--source", root.toString(), "--paper-user-map", "user_1=alice@example.com")).isZero();
    assertThat(tool.count("SELECT count(*) FROM orders WHERE migration_batch_id = 2")).isZero();
  }

  @Test
  void validateSeesAnAccountThatWasNeverImported() throws IOException {
    Path root = Tool.copyOfSample(dir.resolve("legacy"));
    assertThat(tool.run("import", "--source", root.toString())).isZero();
    copyFolder(UNIFIED, root.resolve("paper_trading/user_7"));
    assertThat(tool.run("validate", "--source", root.toString())).isEqualTo(4);
    assertThat(tool.run("archive", "--source", root.toString())).isEqualTo(4);
    assertThat(root.resolve("paper_trading/user_7/orders.json")).exists();
  }

  @Test
  void aMapEntryForNoFolderOrTwoFoldersOnOneUserIsABadUsage() throws IOException {
    Path root = treeWithAccounts();
    assertThat(tool.run("import", "--source", root.toString(), "--paper-user-map", "user_9=x@example.com")).isEqualTo(2);
    assertThat(tool.run("import", "--source", root.toString(), "--paper-user-map", "user_1=x@example.com",
        "--paper-user-map", "user_2=X@example.com")).isEqualTo(2);
    assertThat(tool.count("SELECT count(*) FROM migration_batches")).isZero();
  }

  @Test
  void legacyOutputsNoImporterReadsAreListedWithTheReason() throws IOException {
    Path root = Tool.copyOfSample(dir.resolve("legacy"));
    Files.writeString(root.resolve("analysis_results/master_analysis.csv"), "ticker\n");
    Files.writeString(root.resolve("analysis_results/bulk_analysis_20251113_160000.csv"), "ticker\n");
    Files.writeString(root.resolve("analysis_results/ml_features.parquet"), "x");
    Files.createDirectories(root.resolve("data/scrip_master"));
    assertThat(tool.run("import", "--source", root.toString())).isZero();
    assertThat(report())
        .contains("  analysis_results/bulk_analysis_20251113_160000.csv: intermediate analysis output; only"
            + " bulk_analysis_final_<ts>.csv holds signals; not migrated\n")
        .contains("  analysis_results/master_analysis.csv: derived analysis summary; the schema has no place for it; not migrated\n")
        .contains("  analysis_results/ml_features.parquet: analysis, reporter or ML/backtest output;")
        .contains("  data/scrip_master: instrument cache, rebuilt by the service; not migrated\n")
        .doesNotContain("data/trades_history.json: not");
  }
}
