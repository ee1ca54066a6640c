package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** account.json and config.json read together: disagreements are said, newer config keys are mapped. */
class PaperConfigTest {
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
  void capitalThatDiffersBetweenAccountAndConfigIsWarnedAndMaxPositionSizeIsMapped() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("legacy/paper_trading/unified_service"));
    Files.writeString(folder.resolve("account.json"), "{\"initial_capital\": 100000.0, \"available_cash\": 100000.0}");
    Files.writeString(folder.resolve("config.json"), "{\"initial_capital\": 200000.0, \"slippage_percentage\": 0.2,"
        + " \"max_position_size\": 25000}");
    assertThat(tool.run("import", "--source", dir.resolve("legacy").toString())).isZero();
    assertThat(report()).contains("paper_trading/unified_service/config.json [config] .initial_capital: config says 200000.0,"
        + " paper_trading/unified_service/account.json says 100000.0; the account keeps the account file's figure");
    assertThat(tool.scalar("SELECT initial_capital FROM paper_accounts")).isEqualTo(new BigDecimal("100000.00"));
    assertThat(tool.scalar("SELECT paper_max_position_size FROM user_trading_config")).isEqualTo(new BigDecimal("25000.00"));
  }

  @Test
  void aMissingHoldingsSnapshotIsNotWarnedAbout() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("legacy/paper_trading/unified_service"));
    Files.writeString(folder.resolve("account.json"), "{\"initial_capital\": 1000.0, \"available_cash\": 970.0}");
    Files.writeString(folder.resolve("transactions.json"), "[{\"order_id\": \"PT1\", \"symbol\": \"ASTRAL\","
        + " \"transaction_type\": \"BUY\", \"quantity\": 3, \"price\": 10, \"charges\": 0, \"timestamp\": \"2025-11-13T16:05:19\"}]");
    assertThat(tool.run("import", "--source", dir.resolve("legacy").toString())).isZero();
    assertThat(tool.count("SELECT count(*) FROM positions WHERE quantity = 3")).isEqualTo(1);
    assertThat(report()).doesNotContain("holdings.json");
  }
}
