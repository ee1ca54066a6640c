package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later batch of a damaged copy must not add a second order for a broker id an earlier batch holds. */
class CrossBatchTest {
  @TempDir
  Path dir;
  Tool tool;
  TestDatabase db;

  @BeforeEach
  void freshDatabase() {
    db = TestDatabase.create();
    tool = new Tool(db, dir.resolve("reports"));
  }

  private static final String DUPLICATE_BROKER_IDS = "SELECT count(*) FROM (SELECT user_id, broker_order_id FROM orders"
      + " WHERE broker_order_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) d";

  @Test
  void anEmptyTradesHistoryInALaterCopyAddsNoSecondSell() throws IOException {
    assertThat(tool.run("import", "--source", Tool.SAMPLE.toString())).isZero();
    Object pnl = tool.scalar("SELECT sum(realised_pnl) FROM positions");
    long orders = tool.count("SELECT count(*) FROM orders");
    for (String content : new String[] {"", "{\"trades\": [ {\"symbol\": "}) {
      Path copy = Tool.copyOfSample(Files.createTempDirectory(dir, "copy"));
      Files.writeString(copy.resolve("data/trades_history.json"), content);
      assertThat(tool.run("import", "--source", copy.toString(), "--skip-invalid")).isZero();
      assertThat(tool.count(DUPLICATE_BROKER_IDS)).isZero();
      assertThat(tool.count("SELECT count(*) FROM orders WHERE broker_order_id = '251031000098213'")).isEqualTo(1);
      assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(orders);
      assertThat(tool.scalar("SELECT sum(realised_pnl) FROM positions")).isEqualTo(pnl);
    }
  }

  @Test
  void anUndecodablePaperOrdersFileAddsNoSyntheticDuplicates() throws IOException {
    assertThat(tool.run("import", "--source", Tool.SAMPLE.toString())).isZero();
    long orders = tool.count("SELECT count(*) FROM orders");
    Path copy = Tool.copyOfSample(dir.resolve("copy"));
    Files.write(copy.resolve("paper_trading/unified_service/orders.json"), new byte[] {(byte) 0xff, (byte) 0xfe, '[', ']'});
    assertThat(tool.run("import", "--source", copy.toString(), "--skip-invalid")).isZero();
    assertThat(tool.count(DUPLICATE_BROKER_IDS)).isZero();
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(orders);
    assertThat(tool.count("SELECT count(*) FROM fills")).isEqualTo(tool.count("SELECT count(*) FROM fills WHERE migration_batch_id = 1"));
  }

  @Test
  void theSchemaRefusesASecondOrderWithTheSameBrokerIdForOneUser() throws SQLException {
    assertThat(tool.run("import", "--source", Tool.SAMPLE.toString())).isZero();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
      String copyOfGlenmarkSell = "INSERT INTO orders (user_id, client_order_id, broker_order_id, symbol, side, quantity,"
          + " order_type, variety, status, placed_at, source) SELECT user_id, 'other', broker_order_id, symbol, side, quantity,"
          + " order_type, variety, status, placed_at, source FROM orders WHERE broker_order_id = '251031000098213'";
      assertThatThrownBy(() -> s.executeUpdate(copyOfGlenmarkSell)).isInstanceOf(SQLException.class)
          .hasMessageContaining("orders_user_broker_order_id_key");
      // orders the legacy never gave an id stay allowed, any number of them
      assertThat(s.executeUpdate("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, order_type, variety,"
          + " status, placed_at, source) SELECT user_id, 'no-id-' || id, symbol, side, quantity, order_type, variety, status,"
          + " placed_at, source FROM orders WHERE broker_order_id IS NULL")).isPositive();
    }
  }

  private static final String LATER_ASTRAL = "{\"symbol\": \"ASTRAL\", \"entry_price\": 200, \"entry_time\": \"2025-10-02T10:00:00\","
      + " \"qty\": 5, \"status\": \"closed\", \"exit_price\": 230, \"exit_time\": \"2025-10-03T10:00:00\"}";
  private static final String EARLIER_ASTRAL = "{\"symbol\": \"ASTRAL\", \"entry_price\": 100,"
      + " \"entry_time\": \"2025-10-01T10:00:00\", \"qty\": 10, \"status\": \"open\"}";

  @Test
  void anEarlierTradeInALaterCopyReplacesTheCycleItJoinsAndRollbackBringsItBack() throws IOException {
    Path first = dir.resolve("first");
    ReportAndMatchingTest.write(first.resolve("data/trades_history.json"), "[" + LATER_ASTRAL + "]");
    assertThat(tool.run("import", "--source", first.toString())).isZero();
    assertThat(tool.scalar("SELECT realised_pnl FROM positions")).hasToString("150.00");

    Path grown = dir.resolve("grown");
    ReportAndMatchingTest.write(grown.resolve("data/trades_history.json"), "[" + EARLIER_ASTRAL + ", " + LATER_ASTRAL + "]");
    assertThat(tool.run("import", "--source", grown.toString())).isZero();
    // buy 10 @ 100, buy 5 @ 200 (average 133.33), sell 5 @ 230: one cycle, still open, the sale's P&L counted once
    assertThat(tool.count("SELECT count(*) FROM positions")).isEqualTo(1);
    assertThat(tool.scalar("SELECT quantity || ' ' || realised_pnl FROM positions")).isEqualTo("10 483.33");

    assertThat(tool.run("rollback", "--batch", "2")).isZero();
    assertThat(tool.scalar("SELECT quantity || ' ' || realised_pnl || ' ' || (closed_at IS NOT NULL) FROM positions"))
        .isEqualTo("0 150.00 true");
  }

  @Test
  void aPaperOrderImportedWithoutItsTransactionTakesItFromALaterCopy() throws IOException {
    Path first = dir.resolve("first");
    ReportAndMatchingTest.write(first.resolve("paper_trading/unified_service/orders.json"), "[{\"order_id\": \"PT202511100001\","
        + " \"symbol\": \"JUBLFOOD\", \"quantity\": 40, \"order_type\": \"MARKET\", \"transaction_type\": \"BUY\","
        + " \"status\": \"COMPLETE\", \"placed_at\": \"2025-11-10T16:05:19\", \"executed_price\": 611.42,"
        + " \"executed_quantity\": 40}]");
    assertThat(tool.run("import", "--source", first.toString())).isZero();
    Path later = dir.resolve("later"); // the copy's orders.json lost the order; its transactions.json has the execution
    ReportAndMatchingTest.write(later.resolve("paper_trading/unified_service/transactions.json"), "[{\"order_id\":"
        + " \"PT202511100001\", \"symbol\": \"JUBLFOOD\", \"transaction_type\": \"BUY\", \"quantity\": 40,"
        + " \"price\": 611.42, \"charges\": 10.21, \"timestamp\": \"2025-11-10T16:05:20\"}]");
    assertThat(tool.run("import", "--source", later.toString())).isZero();
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(1);
    assertThat(tool.count("SELECT count(*) FROM fills")).isEqualTo(1);
    assertThat(tool.scalar("SELECT quantity FROM positions")).isEqualTo(40);
    assertThat(Tool.latestReport(dir.resolve("reports"))).contains("its executions from this record are added");
  }
}
