package in.neotrader.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Eventually;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What Prometheus reads from /metrics on a server built as Main builds it, after some trading activity. */
class MetricsScrapeTest {
  static ApiServer api;
  static String scrape;

  @BeforeAll
  static void tradeAWhileThenScrape() {
    api = ApiServer.start();
    ApiClient.Session trader = api.signUp();
    assertThat(api.send("POST", "/api/v1/user/service/start", trader.accessToken(), null).status()).isEqualTo(200);
    assertThat(api.send("POST", "/api/v1/user/service/tasks/analysis/run", trader.accessToken(), null).status())
        .isEqualTo(202);
    for (String id : new String[] {"M-1", "M-2"}) {
      api.database.execute("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, order_type, variety,"
          + " status, placed_at, source) VALUES (" + trader.userId() + ", '" + id + "', 'TATASTEEL', 'BUY', 5,"
          + " 'MARKET', 'AMO', 'AMO_PENDING', now(), 'paper')");
    }
    // On the real clock with an empty candle store the analysis records skipped (no price is invented).
    scrape = Eventually.until(() -> api.get("/metrics", null).body(),
        text -> text.contains("trading_task_runs_total{status=\"skipped\",task=\"analysis\"}"), Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void theRunningServiceIsCounted() {
    assertThat(value("trading_services_running")).isEqualTo(1.0);
  }

  @Test
  void aTaskRunIsCountedByTaskAndStatusWithItsDurationInAHistogram() {
    assertThat(value("trading_task_runs_total{status=\"skipped\",task=\"analysis\"}")).isEqualTo(1.0);
    assertThat(scrape).contains("trading_task_duration_seconds_bucket{task=\"analysis\",le=")
        .contains("trading_task_duration_seconds_count{task=\"analysis\"} 1");
  }

  @Test
  void openOrdersAreCountedByStatusWithoutAnyPendingSubmitOrClosedState() {
    assertThat(value("trading_orders{status=\"AMO_PENDING\"}")).isEqualTo(2.0);
    assertThat(value("trading_orders{status=\"NEW\"}")).isEqualTo(0.0);
    assertThat(value("trading_orders_new_oldest_age_seconds")).isEqualTo(0.0);
    // Closed orders are history, not a gauge to scan all orders for at every scrape.
    assertThat(scrape).doesNotContain("trading_orders{status=\"FILLED\"}").doesNotContain("PENDING_SUBMIT");
  }

  @Test
  void thisNodesServicesHeartbeatAndTheDatabaseAreGauges() {
    assertThat(value("trading_services_here")).isEqualTo(1.0);
    assertThat(value("trading_heartbeat_age_seconds")).isBetween(0.0, 10.0);
    assertThat(value("trading_database_up")).isEqualTo(1.0);
  }

  @Test
  void theJvmAndTheHttpServerReportTheirOwnMetrics() {
    assertThat(scrape).contains("jvm_memory_used_bytes").contains("jvm_threads_live_threads");
    assertThat(value("vertx_http_server_requests_total{code=\"202\",method=\"POST\"}")).isEqualTo(1.0);
    assertThat(scrape).contains("vertx_http_server_response_time_seconds_count{code=\"200\",method=\"POST\"}");
  }

  @Test
  void theScrapeIsPrometheusText() {
    assertThat(scrape).contains("# TYPE trading_services_running gauge").contains("# TYPE trading_task_runs_total counter");
  }

  /** The sample of a series, as written on its line of the exposition text. */
  private static double value(String series) {
    return scrape.lines().filter(line -> line.startsWith(series + " ")).findFirst()
        .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .orElseThrow(() -> new AssertionError(series + " is not in the scrape:\n" + scrape));
  }
}
