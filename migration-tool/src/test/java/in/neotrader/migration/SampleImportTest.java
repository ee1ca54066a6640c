package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The legacy sample imports with exactly the figures of its EXPECTED.md. */
class SampleImportTest {
  static TestDatabase db;
  static Tool tool;
  @TempDir
  static Path reports;

  @BeforeAll
  static void importSample() {
    db = TestDatabase.create();
    tool = new Tool(db, reports);
    assertThat(tool.run("import", "--source", Tool.SAMPLE.toString())).isEqualTo(0);
  }

  @Test
  void totalsMatchTheExpectedCounts() {
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(16);
    assertThat(tool.count("SELECT count(*) FROM fills")).isEqualTo(11);
    assertThat(tool.count("SELECT count(*) FROM positions")).isEqualTo(7);
    assertThat(tool.count("SELECT count(*) FROM positions WHERE closed_at IS NULL")).isEqualTo(4);
    assertThat(tool.count("SELECT count(*) FROM signals")).isEqualTo(7);
    assertThat(tool.count("SELECT count(*) FROM daily_pnl")).isEqualTo(2);
    assertThat(tool.count("SELECT count(*) FROM tracked_symbols")).isEqualTo(3);
    assertThat(tool.scalar("SELECT (report->>'warnings')::int FROM migration_batches")).isEqualTo(1);
    assertThat(tool.scalar("SELECT (report->>'rejected')::int FROM migration_batches")).isEqualTo(0);
  }

  @Test
  void liveOrdersAreMergedAcrossFiles() {
    String live = "(SELECT id FROM users WHERE email = 'legacy-live@localhost')";
    assertThat(tool.count("SELECT count(*) FROM orders WHERE user_id = " + live)).isEqualTo(10);
    assertThat(tool.scalar("SELECT string_agg(status || ':' || n, ',' ORDER BY status) FROM (SELECT status, count(*) n FROM orders"
        + " WHERE user_id = " + live + " GROUP BY status) s")).isEqualTo("AMO_PENDING:1,CANCELLED:1,FAILED:1,FILLED:7");
    assertThat(tool.scalar("SELECT string_agg(broker_order_id, ',' ORDER BY broker_order_id) FROM orders WHERE user_id = " + live))
        .isEqualTo("251028000047719,251028000052288,251030000061735,251031000098213,251105000012904,251111000020577,251113000074410");
    assertThat(tool.scalar("SELECT quantity || ' ' || side || ' ' || status || ' ' || placed_at AT TIME ZONE 'Asia/Kolkata'"
        + " || ' ' || variety || ' ' || order_type FROM orders WHERE broker_order_id = '251113000074410'"))
        .isEqualTo("143 BUY AMO_PENDING 2025-11-13 16:05:19.604117 AMO MARKET");
    assertThat(tool.scalar("SELECT (metadata->>'retry_until') || ' ' || (metadata->>'retry_count') FROM orders WHERE status = 'FAILED'"))
        .isEqualTo("2025-11-14T09:15+05:30 0");
    assertThat(tool.scalar("SELECT f.price FROM fills f JOIN orders o ON o.id = f.order_id WHERE o.broker_order_id = '251031000098213'"))
        .isEqualTo(new BigDecimal("1962.30"));
  }

  @Test
  void positionsAndMoneyMatch() {
    assertThat(tool.scalar("SELECT sum(realised_pnl) FROM positions p JOIN users u ON u.id = p.user_id WHERE u.email = 'legacy-live@localhost'"))
        .isEqualTo(new BigDecimal("3968.30"));
    assertThat(tool.scalar("SELECT average_price FROM positions WHERE symbol = 'JUBLFOOD' AND closed_at IS NULL"))
        .isEqualTo(new BigDecimal("611.7462"));
    assertThat(tool.scalar("SELECT sum(realised_pnl) FROM positions p JOIN users u ON u.id = p.user_id WHERE u.email = 'legacy-paper@localhost'"))
        .isEqualTo(new BigDecimal("663.20"));
    assertThat(tool.scalar("SELECT sum(charges) FROM fills f JOIN users u ON u.id = f.user_id WHERE u.email = 'legacy-paper@localhost'"))
        .isEqualTo(new BigDecimal("79.6117"));
    assertThat(tool.scalar("SELECT round(available_cash, 2) FROM paper_accounts")).isEqualTo(new BigDecimal("17836.24"));
    assertThat(tool.scalar("SELECT sum(realised) FROM daily_pnl")).isEqualTo(new BigDecimal("3968.30"));
    assertThat(tool.scalar("SELECT count(*) FROM signals WHERE final_verdict IN ('buy', 'strong_buy') AND combined_score >= 25"))
        .isEqualTo(2L);
    assertThat(tool.scalar("SELECT password_hash FROM users WHERE email = 'legacy-live@localhost'")).isEqualTo("!migrated");
  }

  @Test
  void secondImportInsertsNothingAndValidatePasses() {
    long orders = tool.count("SELECT count(*) FROM orders");
    assertThat(tool.run("import", "--source", Tool.SAMPLE.toString())).isEqualTo(0);
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(orders);
    assertThat(tool.count("SELECT count(*) FROM fills")).isEqualTo(11);
    assertThat(tool.count("SELECT count(*) FROM positions")).isEqualTo(7);
    assertThat(tool.count("SELECT count(*) FROM signals")).isEqualTo(7);
    assertThat(tool.run("validate", "--source", Tool.SAMPLE.toString())).isEqualTo(0);
  }
}
