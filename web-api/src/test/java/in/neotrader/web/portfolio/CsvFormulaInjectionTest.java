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

/** Defect: text from migrated files or the broker starting with = + - @ went into the CSV as a live formula. */
class CsvFormulaInjectionTest {
  static ApiServer api;
  static ApiClient.Session trader;

  @BeforeAll
  static void start() {
    api = ApiServer.start();
    trader = api.signUp();
    api.database.execute("INSERT INTO orders (user_id, client_order_id, broker_order_id, symbol, side, quantity, price,"
        + " order_type, variety, status, status_reason, placed_at, source) VALUES (" + trader.userId()
        + ", '+CMD|'' /C calc''!A0', '-2+3', '=HYPERLINK(\"http://evil.example\",\"SBIN\")', 'BUY', 7, 101.50,"
        + " 'LIMIT', 'AMO', 'REJECTED', '@SUM(1+1)*cmd', now(), 'migrated')");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void textThatASpreadsheetWouldRunIsQuotedAndNumbersStayNumbers() throws IOException {
    ApiClient.Reply reply = api.get("/api/v1/user/orders.csv", trader.accessToken());
    assertThat(reply.status()).isEqualTo(200);
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(reply.body())).getRecords();
    assertThat(rows).hasSize(1);
    CSVRecord order = rows.get(0);
    assertThat(order.get("symbol")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"SBIN\")");
    assertThat(order.get("clientOrderId")).isEqualTo("'+CMD|' /C calc'!A0");
    assertThat(order.get("brokerOrderId")).isEqualTo("'-2+3");
    assertThat(order.get("statusReason")).isEqualTo("'@SUM(1+1)*cmd");
    assertThat(order.get("price")).isEqualTo("101.5");
    assertThat(order.get("quantity")).isEqualTo("7");
    assertThat(order.get("status")).isEqualTo("REJECTED");
  }

  @Test
  void aNegativeNumberWrittenAsTextIsNotAFormula() {
    assertThat(SpreadsheetCell.of("-12.50")).isEqualTo("-12.50");
    assertThat(SpreadsheetCell.of(-12.5)).isEqualTo(-12.5);
    assertThat(SpreadsheetCell.of("\tx")).isEqualTo("'\tx");
    assertThat(SpreadsheetCell.of("SBIN")).isEqualTo("SBIN");
  }
}
