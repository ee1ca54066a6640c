package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.LegacyPlanner;
import in.neotrader.migration.store.BatchImport;
import in.neotrader.migration.store.MigrationDatabase;
import in.neotrader.migration.store.Users;
import in.neotrader.sql.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validate right after an import compares the import's own reading of the files, and only while
 * it is still true: a row changed in the database since is found, and a file changed since is read again.
 */
class ValidateAfterImportTest {
  @TempDir
  Path dir;
  TestDatabase db;
  Path root;

  private static String pending(String id, int qty) {
    return "{\"order_id\": \"" + id + "\", \"symbol\": \"ASTRAL-EQ\", \"qty\": " + qty + ", \"order_type\": \"MARKET\","
        + " \"variety\": \"AMO\", \"price\": 0, \"placed_at\": \"2025-11-13T16:05:19\", \"status\": \"PENDING\"}";
  }

  @BeforeEach
  void tree() throws IOException {
    db = TestDatabase.create();
    root = dir.resolve("legacy");
    writePending(5);
  }

  private void writePending(int secondQty) throws IOException {
    Files.createDirectories(root.resolve("data"));
    Files.writeString(root.resolve("data/pending_orders.json"), "[" + pending("1", 5) + ", " + pending("2", secondQty) + "]");
  }

  @Test
  void importWithValidateComparesItsOwnReadingAndFindsTheFilesEqual() throws Exception {
    Tool tool = new Tool(db, dir.resolve("reports"));
    String out = printed(() -> tool.run("import", "--source", root.toString(), "--validate"), 0);
    assertThat(out).contains("no file changed since the import read them").contains(": 0 differences");
  }

  @Test
  void aDryRunHasNothingToValidate() {
    assertThat(new Tool(db, dir.resolve("reports")).run("import", "--source", root.toString(), "--validate", "--dry-run"))
        .isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aRowChangedInTheDatabaseAfterTheImportIsADifference() throws Exception {
    try (MigrationDatabase mdb = MigrationDatabase.open(db.url(), null, 0)) {
      LegacyTreeOptions tree = options();
      ImportPlan plan = imported(mdb, tree);
      execute("UPDATE orders SET quantity = 6 WHERE broker_order_id = '2'");
      String out = printed(() -> ValidateCommand.validateImported(mdb, tree, plan), 4);
      assertThat(out).contains("comparing that reading").contains("DIFF").contains("pending_orders:2:").contains("qty=6");
    }
  }

  @Test
  void aFileChangedAfterTheImportIsReadAgainAndItsChangeIsADifference() throws Exception {
    try (MigrationDatabase mdb = MigrationDatabase.open(db.url(), null, 0)) {
      LegacyTreeOptions tree = options();
      ImportPlan plan = imported(mdb, tree);
      Path file = root.resolve("data/pending_orders.json");
      var modified = Files.getLastModifiedTime(file);
      writePending(7); // same length, and the old modification time put back: only the checksum tells
      Files.setLastModifiedTime(file, modified);
      String out = printed(() -> ValidateCommand.validateImported(mdb, tree, plan), 4);
      assertThat(out).contains("reading them again").contains("pending_orders:2:").contains("qty=7");
    }
  }

  @Test
  void aFileAddedAfterTheImportIsReadToo() throws Exception {
    try (MigrationDatabase mdb = MigrationDatabase.open(db.url(), null, 0)) {
      LegacyTreeOptions tree = options();
      ImportPlan plan = imported(mdb, tree);
      Path orders = root.resolve("paper_trading/unified_service/orders.json");
      Files.createDirectories(orders.getParent());
      Files.writeString(orders, "[{\"order_id\": \"PT1\", \"symbol\": \"JUBLFOOD\", \"quantity\": 40, \"order_type\": \"MARKET\","
          + " \"transaction_type\": \"BUY\", \"status\": \"COMPLETE\", \"placed_at\": \"2025-11-10T16:05:19\","
          + " \"executed_price\": 611.42, \"executed_quantity\": 40}]");
      String out = printed(() -> ValidateCommand.validateImported(mdb, tree, plan), 4);
      assertThat(out).contains("reading them again").contains("legacy-paper@localhost: user does not exist");
    }
  }

  private ImportPlan imported(MigrationDatabase mdb, LegacyTreeOptions tree) throws SQLException {
    ImportPlan plan = LegacyPlanner.plan(root, Timestamps.IST);
    assertThat(BatchImport.run(mdb.connection(), plan, tree.owners(plan), n -> { }, BatchImport.Mode.STRICT).committed()).isTrue();
    return plan;
  }

  private LegacyTreeOptions options() {
    LegacyTreeOptions tree = new LegacyTreeOptions();
    tree.source = root;
    tree.user = Users.DEFAULT_LIVE;
    tree.paperUser = Users.DEFAULT_PAPER;
    tree.hostZone = Timestamps.IST;
    return tree;
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  /** What the call printed; its exit code must be {@code exitCode}. */
  private static String printed(Callable<Integer> call, int exitCode) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = call.call();
    } finally {
      System.setOut(original);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(text).isEqualTo(exitCode);
    return text;
  }
}
