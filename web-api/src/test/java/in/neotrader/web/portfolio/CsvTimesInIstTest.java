package in.neotrader.web.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Defect: the CSV exports wrote UTC times ("2025-03-03T10:36:00Z"), five and a half hours off a trader's day. */
class CsvTimesInIstTest {
  static ApiServer api;
  static ApiClient.Session trader;

  @BeforeAll
  static void start() {
    api = ApiServer.start();
    trader = api.signUp();
    api.database.execute("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, price, order_type,"
        + " variety, status, placed_at, updated_at, source) VALUES (" + trader.userId() + ", 'ist-1', 'SBIN', 'BUY',"
        + " 7, 101.50, 'LIMIT', 'AMO', 'FILLED', '2025-03-03 10:36:00+00', '2025-03-04 03:50:07+00', 'migrated')");
    api.database.execute("INSERT INTO fills (order_id, user_id, quantity, price, filled_at) SELECT id, user_id, 7,"
        + " 101.40, '2025-03-04 03:50:07+00' FROM orders WHERE client_order_id = 'ist-1'");
    api.database.execute("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, price, order_type,"
        + " variety, status, placed_at, source) VALUES (" + trader.userId() + ", 'ist-2', 'INFY', 'BUY', 2, 1500,"
        + " 'LIMIT', 'AMO', 'FILLED', '2025-02-20 10:36:00+00', 'migrated')");
    api.database.execute("INSERT INTO service_task_execution (user_id, task_name, trading_day, executed_at, status,"
        + " reason) VALUES (" + trader.userId() + ", 'sell_monitor', '2025-03-04', '2025-03-04 04:00:00+00', 'failed',"
        + " '=HYPERLINK(\"http://x\")'), (" + trader.userId() + ", 'analysis', '2025-03-03', '2025-03-03 10:30:00+00',"
        + " 'success', NULL)");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void ordersAndFillsCsvGiveTimesInIstWithTheOffset() throws IOException {
    CSVRecord order = onlyRow("/api/v1/user/orders.csv?symbol=SBIN");
    assertThat(order.get("placedAt")).isEqualTo("2025-03-03 16:06:00+05:30");
    assertThat(order.get("updatedAt")).isEqualTo("2025-03-04 09:20:07+05:30");
    CSVRecord fill = onlyRow("/api/v1/user/fills.csv");
    assertThat(fill.get("filledAt")).isEqualTo("2025-03-04 09:20:07+05:30");
    assertThat(fill.get("price")).isEqualTo("101.4");
  }

  @Test
  void theJsonApiKeepsUtc() {
    String placedAt = api.get("/api/v1/user/orders", trader.accessToken()).json().getJsonArray("items")
        .getJsonObject(0).getString("placedAt");
    assertThat(placedAt).isEqualTo("2025-03-03T10:36:00Z");
  }

  @Test
  void taskRunsCsvHasTheFilteredRunsInIstWithFormulasDefused() throws IOException {
    CSVRecord run = onlyRow("/api/v1/user/service/tasks.csv?from=2025-03-04&to=2025-03-04");
    assertThat(run.get("task")).isEqualTo("sell_monitor");
    assertThat(run.get("executedAt")).isEqualTo("2025-03-04 09:30:00+05:30");
    assertThat(run.get("reason")).isEqualTo("'=HYPERLINK(\"http://x\")");
  }

  @Test
  void ordersCsvKeepsTheDateRangeAsked() throws IOException {
    CSVRecord order = onlyRow("/api/v1/user/orders.csv?from=2025-03-01T00:00:00Z&to=2025-03-31T00:00:00Z");
    assertThat(order.get("symbol")).isEqualTo("SBIN");
  }

  private static CSVRecord onlyRow(String path) throws IOException {
    ApiClient.Reply reply = api.get(path, trader.accessToken());
    assertThat(reply.status()).isEqualTo(200);
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(reply.body())).getRecords();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
