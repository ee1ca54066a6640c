package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A later copy that moves an order an earlier batch imported (open, then filled in the later copy)
 * changes it only through an explicit, reported update (--apply-updates) that the rollback undoes;
 * a change the order state machine does not allow is reported and never applied.
 */
class CrossBatchUpdateTest {
  @TempDir
  Path dir;
  Tool tool;

  private static final String PAPER = "paper_trading/unified_service/";
  private static final String EXECUTION = "[{\"order_id\": \"PT1\", \"symbol\": \"JUBLFOOD\", \"transaction_type\": \"BUY\","
      + " \"quantity\": 40, \"price\": 611.42, \"charges\": 10.21, \"timestamp\": \"2025-11-10T16:05:20\"}]";
  private static final String STATE = "SELECT status || ' ' || filled_quantity FROM orders";

  private static String paperOrder(String status, String execution) {
    return "[{\"order_id\": \"PT1\", \"symbol\": \"JUBLFOOD\", \"quantity\": 40, \"order_type\": \"MARKET\","
        + " \"transaction_type\": \"BUY\", \"status\": \"" + status + "\", \"placed_at\": \"2025-11-10T16:05:19\"" + execution + "}]";
  }

  private static final String FILLED = ", \"executed_price\": 611.42, \"executed_quantity\": 40,"
      + " \"executed_at\": \"2025-11-10T16:05:20\"";

  @BeforeEach
  void freshDatabase() {
    tool = new Tool(TestDatabase.create(), dir.resolve("reports"));
  }

  @Test
  void aPaperOrderFilledInALaterCopyIsUpdatedOnlyWhenAskedAndTheRollbackUndoesIt() throws IOException {
    Path first = dir.resolve("first");
    ReportAndMatchingTest.write(first.resolve(PAPER + "orders.json"), paperOrder("PENDING", ""));
    assertThat(tool.run("import", "--source", first.toString())).isZero();
    assertThat(tool.scalar(STATE)).isEqualTo("OPEN 0");

    Path later = dir.resolve("later");
    ReportAndMatchingTest.write(later.resolve(PAPER + "orders.json"), paperOrder("COMPLETE", FILLED));
    ReportAndMatchingTest.write(later.resolve(PAPER + "transactions.json"), EXECUTION);
    assertThat(tool.run("import", "--source", later.toString())).isZero();
    // not asked: the stored order keeps its state, and takes no execution its state does not show
    assertThat(tool.scalar(STATE)).isEqualTo("OPEN 0");
    assertThat(tool.count("SELECT count(*) FROM fills")).isZero();
    assertThat(Tool.latestReport(dir.resolve("reports"))).contains("changed since it was imported").contains("--apply-updates");
    assertThat(tool.run("validate", "--source", later.toString())).isEqualTo(4);

    assertThat(tool.run("import", "--source", later.toString(), "--apply-updates")).isZero();
    assertThat(tool.scalar(STATE)).isEqualTo("FILLED 40");
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(1);
    assertThat(tool.count("SELECT count(*) FROM fills")).isEqualTo(1);
    assertThat(tool.scalar("SELECT quantity FROM positions WHERE closed_at IS NULL")).isEqualTo(40);
    assertThat(Tool.latestReport(dir.resolve("reports"))).contains("Updated (rows of earlier batches")
        .contains("status OPEN -> FILLED, filled 0 -> 40 of 40").containsPattern("orders_updated +1");
    assertThat(tool.run("validate", "--source", later.toString())).isZero();

    assertThat(tool.run("rollback", "--batch", "3")).isZero();
    assertThat(tool.scalar(STATE)).isEqualTo("OPEN 0");
    assertThat(tool.count("SELECT count(*) FROM fills")).isZero();
    assertThat(tool.count("SELECT count(*) FROM positions")).isZero();
    assertThat(tool.run("validate", "--source", first.toString())).isZero();
  }

  @Test
  void aChangedRecordInTheSameStateStillBringsTheExecutionsTheEarlierCopyLacked() throws IOException {
    Path first = dir.resolve("first"); // its transactions.json was lost
    ReportAndMatchingTest.write(first.resolve(PAPER + "orders.json"), paperOrder("COMPLETE", FILLED));
    assertThat(tool.run("import", "--source", first.toString())).isZero();
    assertThat(tool.count("SELECT count(*) FROM fills")).isZero();

    Path later = dir.resolve("later");
    ReportAndMatchingTest.write(later.resolve(PAPER + "orders.json"), paperOrder("COMPLETE", FILLED
        + ", \"last_updated\": \"2025-11-10T16:06:00\""));
    ReportAndMatchingTest.write(later.resolve(PAPER + "transactions.json"), EXECUTION);
    assertThat(tool.run("import", "--source", later.toString())).isZero();
    assertThat(tool.scalar(STATE)).isEqualTo("FILLED 40");
    assertThat(tool.count("SELECT count(*) FROM fills")).isEqualTo(1);
    assertThat(Tool.latestReport(dir.resolve("reports"))).contains("changed since it was imported");
  }

  @Test
  void aFilledOrderThatALaterCopyCallsCancelledStaysFilled() throws IOException {
    Path first = dir.resolve("first");
    ReportAndMatchingTest.write(first.resolve(PAPER + "orders.json"), paperOrder("COMPLETE", FILLED));
    ReportAndMatchingTest.write(first.resolve(PAPER + "transactions.json"), EXECUTION);
    assertThat(tool.run("import", "--source", first.toString())).isZero();

    Path later = dir.resolve("later");
    ReportAndMatchingTest.write(later.resolve(PAPER + "orders.json"), paperOrder("CANCELLED", ""));
    assertThat(tool.run("import", "--source", later.toString(), "--apply-updates")).isZero();
    assertThat(tool.scalar(STATE)).isEqualTo("FILLED 40");
    assertThat(tool.count("SELECT count(*) FROM fills")).isEqualTo(1);
    assertThat(tool.scalar("SELECT count(*) || ' ' || sum(quantity) FROM positions")).isEqualTo("1 40");
    assertThat(Tool.latestReport(dir.resolve("reports"))).contains("filled quantity would go down from 40 to 0")
        .contains("Updated (rows of earlier batches; the rollback of this batch restores them): 0");
  }

  @Test
  void anAmoThatALaterCopyShowsTradedIsUpdatedThroughItsBrokerOrderId() throws IOException {
    Path first = dir.resolve("first");
    ReportAndMatchingTest.write(first.resolve("data/pending_orders.json"), "[{\"order_id\": \"251113000001\","
        + " \"symbol\": \"ASTRAL-EQ\", \"qty\": 5, \"order_type\": \"MARKET\", \"variety\": \"AMO\", \"price\": 0,"
        + " \"placed_at\": \"2025-11-13T16:05:19\", \"status\": \"PENDING\"}]");
    assertThat(tool.run("import", "--source", first.toString())).isZero();
    assertThat(tool.scalar(STATE)).isEqualTo("AMO_PENDING 0");

    Path later = dir.resolve("later"); // the pending entry is gone; the trade it became holds the same broker order id
    ReportAndMatchingTest.write(later.resolve("data/trades_history.json"), "[{\"symbol\": \"ASTRAL\", \"entry_price\": 200,"
        + " \"entry_time\": \"2025-11-14T09:15:02\", \"qty\": 5, \"status\": \"open\", \"order_id\": \"251113000001\"}]");
    assertThat(tool.run("import", "--source", later.toString())).isZero();
    assertThat(tool.scalar(STATE)).isEqualTo("AMO_PENDING 0");
    assertThat(Tool.latestReport(dir.resolve("reports"))).contains("import with --apply-updates to take it");

    assertThat(tool.run("import", "--source", later.toString(), "--apply-updates")).isZero();
    assertThat(tool.scalar(STATE)).isEqualTo("FILLED 5");
    assertThat(tool.count("SELECT count(*) FROM orders")).isEqualTo(1);
    assertThat(tool.scalar("SELECT count(*) || ' ' || sum(quantity) FROM fills")).isEqualTo("1 5");
    assertThat(Tool.latestReport(dir.resolve("reports"))).contains("status AMO_PENDING -> FILLED");
  }
}
