package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate lists its differences in the same order whatever the physical order of the stored rows. */
class ValidateOutputTest {
  @TempDir
  Path dir;

  private static String pending(String id) {
    return "{\"order_id\": \"" + id + "\", \"symbol\": \"ASTRAL-EQ\", \"qty\": 5, \"order_type\": \"MARKET\", \"variety\": \"AMO\","
        + " \"price\": 0, \"placed_at\": \"2025-11-13T16:05:19\", \"status\": \"PENDING\"}";
  }

  @Test
  void differencesComeOutSortedNotInStorageOrder() throws IOException, SQLException {
    TestDatabase db = TestDatabase.create();
    Tool tool = new Tool(db, dir.resolve("reports"));
    Path root = dir.resolve("legacy");
    Files.createDirectories(root.resolve("data"));
    Files.writeString(root.resolve("data/pending_orders.json"), "[" + pending("1") + ", " + pending("2") + ", " + pending("3") + "]");
    assertThat(tool.run("import", "--source", root.toString())).isZero();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
      // the plan a big table gets (a sequential scan): on three rows the planner would walk an index in key order
      s.execute("ALTER DATABASE " + c.getCatalog() + " SET enable_indexscan = off");
      s.execute("ALTER DATABASE " + c.getCatalog() + " SET enable_bitmapscan = off");
      for (String id : List.of("3", "1", "2")) { // each update moves its row behind the others
        s.executeUpdate("UPDATE orders SET quantity = 6 WHERE broker_order_id = '" + id + "'");
      }
    }
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertThat(tool.run("validate", "--source", root.toString())).isEqualTo(4);
    } finally {
      System.setOut(original);
    }
    List<String> diffs = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  DIFF")).toList();
    assertThat(diffs).hasSize(3);
    assertThat(diffs.get(0)).contains("pending_orders:1:");
    assertThat(diffs.get(1)).contains("pending_orders:2:");
    assertThat(diffs.get(2)).contains("pending_orders:3:");
  }
}
