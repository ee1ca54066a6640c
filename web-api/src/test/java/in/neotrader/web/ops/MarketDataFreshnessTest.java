package in.neotrader.web.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An operator sees from /ready and /metrics how old the prices are and which source fails. */
class MarketDataFreshnessTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);
  static ApiServer api;

  @BeforeAll
  static void storeADayAndAFailingSource() {
    api = ApiServer.start();
    api.database.execute("INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, source) VALUES"
        + " ('SBIN', '" + PUBLISHED + "', 600, 610, 595, 605, 1000, 'bhavcopy'),"
        + " ('SBIN', '" + PUBLISHED.plusDays(3) + "', 605, 612, 601, 611, 800, 'quote')");
    api.database.execute("INSERT INTO market_data_sources (source, last_day, last_success_at, last_attempt_at,"
        + " last_error, error_count) VALUES ('nse-bhavcopy', '" + PUBLISHED + "', now() - interval '2 hours', now(),"
        + " 'HTTP 503 from the archives', 3), ('yahoo', NULL, NULL, now(), 'connection refused', 1)");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void readyShowsTheLastPublishedDayAndEachSourcesAgeAndErrors() {
    JsonObject ready = api.get("/ready", null).json();
    assertThat(ready.getString("status")).isEqualTo("READY");
    JsonObject marketData = ready.getJsonObject("marketData");
    assertThat(marketData.getString("lastCandleDay")).as("the quote candle is provisional").isEqualTo("2025-12-19");
    JsonObject nse = marketData.getJsonArray("sources").getJsonObject(0);
    assertThat(nse.getString("source")).isEqualTo("nse-bhavcopy");
    assertThat(nse.getLong("ageSeconds")).isBetween(7_190L, 7_400L);
    assertThat(nse.getLong("errorCount")).isEqualTo(3);
    assertThat(nse.getString("lastError")).isEqualTo("HTTP 503 from the archives");
    JsonObject yahoo = marketData.getJsonArray("sources").getJsonObject(1);
    assertThat(yahoo.getValue("ageSeconds")).as("never delivered").isNull();
    assertThat(marketData.getJsonObject("quoteErrors")).isNotNull();
  }

  @Test
  void metricsCarryTheLastCandleCloseAndEachSourcesAgeAndErrors() {
    String scrape = api.get("/metrics", null).body();
    double close = PUBLISHED.atTime(15, 30).atZone(TradingClock.IST).toEpochSecond();
    assertThat(value(scrape, "market_data_last_candle_timestamp_seconds")).isEqualTo(close);
    assertThat(value(scrape, "market_data_source_success_age_seconds{source=\"nse-bhavcopy\"}"))
        .isCloseTo(7_200, within(200.0));
    assertThat(value(scrape, "market_data_source_success_age_seconds{source=\"yahoo\"}")).isNaN();
    assertThat(value(scrape, "market_data_source_errors{source=\"nse-bhavcopy\"}")).isEqualTo(3.0);
    assertThat(value(scrape, "trading_heartbeat_failures_total")).isEqualTo(0.0);
  }

  private static double value(String scrape, String series) {
    return scrape.lines().filter(line -> line.startsWith(series + " ")).findFirst()
        .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .orElseThrow(() -> new AssertionError(series + " is not in the scrape:\n" + scrape));
  }
}
