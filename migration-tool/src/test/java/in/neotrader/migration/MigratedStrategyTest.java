package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrated traders analyse with legacy-dip, the legacy's own picks; their imported signals say so too. */
class MigratedStrategyTest {
  @TempDir
  Path dir;
  Tool tool;

  @BeforeEach
  void freshDatabase() {
    tool = new Tool(TestDatabase.create(), dir.resolve("reports"));
  }

  private Path legacyTree() throws IOException {
    Path analysis = Files.createDirectories(dir.resolve("legacy/analysis_results"));
    Files.writeString(analysis.resolve("bulk_analysis_final_20251114_160512.csv"),
        "ticker,status,verdict,final_verdict,combined_score,last_close,rsi10\nTCS.NS,success,buy,buy,31.5,3500.5,24.1\n");
    Path paper = Files.createDirectories(dir.resolve("legacy/paper_trading/unified_service"));
    Files.writeString(paper.resolve("account.json"), "{\"initial_capital\": 100000.0, \"available_cash\": 100000.0}");
    Files.writeString(paper.resolve("config.json"), "{\"initial_capital\": 100000.0, \"slippage_percentage\": 0.2}");
    return dir.resolve("legacy");
  }

  @Test
  void theUsersTheImportCreatesTradeLegacyDipAndARollbackRemovesTheirConfig() throws IOException {
    assertThat(tool.run("import", "--source", legacyTree().toString())).isZero();

    assertThat(tool.count("SELECT count(*) FROM user_trading_config WHERE strategy = 'legacy-dip'")).isEqualTo(2);
    assertThat(tool.count("SELECT count(*) FROM user_trading_config WHERE paper_settings IS NOT NULL")).isEqualTo(1);
    assertThat(tool.count("SELECT count(*) FROM signals WHERE strategy = 'legacy-dip'"))
        .isEqualTo(tool.count("SELECT count(*) FROM signals")).isPositive();
    long batch = tool.count("SELECT max(id) FROM migration_batches");
    assertThat(tool.run("rollback", "--batch", String.valueOf(batch))).isZero();
    assertThat(tool.count("SELECT count(*) FROM user_trading_config")).isZero();
  }

  @Test
  void aTraderWhoSignsUpAfterwardsKeepsDip() throws IOException {
    assertThat(tool.run("import", "--source", legacyTree().toString())).isZero();
    tool.scalar("INSERT INTO users (email, password_hash) VALUES ('new@example.in', 'x') RETURNING id");
    tool.scalar("INSERT INTO user_trading_config (user_id) SELECT id FROM users WHERE email = 'new@example.in'"
        + " RETURNING strategy");

    assertThat(tool.scalar("SELECT strategy FROM user_trading_config c JOIN users u ON u.id = c.user_id"
        + " WHERE u.email = 'new@example.in'")).isEqualTo("dip");
  }
}
