package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.legacy.LegacyJson;
import in.neotrader.migration.legacy.SameJson;
import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import, export, validate the export, then roll back to an empty database. */
class ExportRollbackTest {
  private static final List<String> TABLES = List.of("orders", "fills", "positions", "signals", "tracked_symbols", "daily_pnl",
      "paper_accounts", "user_trading_config", "users");

  @TempDir
  Path dir;

  @Test
  void exportReproducesTheFilesAndRollbackLeavesTheDatabaseAsBefore() throws IOException {
    TestDatabase db = TestDatabase.create();
    Tool tool = new Tool(db, dir.resolve("reports"));
    assertThat(tool.run("import", "--source", Tool.SAMPLE.toString())).isEqualTo(0);
    Path out = dir.resolve("export");
    assertThat(tool.run("export", "--out", out.toString())).isEqualTo(0);

    try (Stream<Path> files = Files.walk(Tool.SAMPLE)) {
      for (Path original : files.filter(Files::isRegularFile).filter(f -> !f.endsWith("EXPECTED.md")).toList()) {
        Path exported = out.resolve(Tool.SAMPLE.relativize(original).toString());
        assertThat(exported).as("exported " + exported).exists();
        if (original.toString().endsWith(".json")) {
          JsonNode a = LegacyJson.read(original);
          JsonNode b = LegacyJson.read(exported);
          assertThat(SameJson.same(a, b)).as(original + "\n" + a + "\n" + b).isTrue();
        } else {
          assertThat(csv(exported)).as(original.toString()).isEqualTo(csv(original));
        }
      }
    }
    assertThat(tool.run("validate", "--source", out.toString())).isEqualTo(0);

    assertThat(tool.run("rollback", "--batch", "1")).isEqualTo(0);
    for (String table : TABLES) {
      assertThat(tool.count("SELECT count(*) FROM " + table)).as(table).isZero();
    }
    assertThat(tool.run("validate", "--source", Tool.SAMPLE.toString())).isEqualTo(4);
  }

  @Test
  void exportedNumbersArePlainAndKeepTheirDigits() throws IOException {
    Path root = dir.resolve("legacy");
    Files.createDirectories(root.resolve("paper_trading/unified_service"));
    // config only: the account file is written from the columns, not from a kept original
    Files.writeString(root.resolve("paper_trading/unified_service/config.json"), "{\"initial_capital\": 100000.0}");
    Tool tool = new Tool(TestDatabase.create(), dir.resolve("reports"));
    assertThat(tool.run("import", "--source", root.toString())).isEqualTo(0);
    Path out = dir.resolve("export");
    assertThat(tool.run("export", "--out", out.toString())).isEqualTo(0);
    String account = Files.readString(out.resolve("paper_trading/unified_service/account.json"));
    assertThat(account).contains("\"initial_capital\" : 100000.00").contains("\"available_cash\" : 100000.0000").doesNotContain("E+");
  }

  private static List<Map<String, String>> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).stream()
          .map(CSVRecord::toMap).toList();
    }
  }
}
