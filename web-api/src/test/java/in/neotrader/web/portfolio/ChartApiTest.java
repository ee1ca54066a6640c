package in.neotrader.web.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.neotrader.core.indicators.Ema;
import in.neotrader.core.indicators.Rsi;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trader's chart on the real clock: the stored (shared) candles, the indicators the analysis computes over
 * them with their warm-up read before the first day shown, and only this trader's own markers.
 */
class ChartApiTest {
  private static final int STORED = 300;
  private static ApiServer server;
  private static ApiClient.Session trader;
  private static ApiClient.Session other;
  private static final List<LocalDate> days = new ArrayList<>();
  private static final List<Double> closes = new ArrayList<>();

  @BeforeAll
  static void start() {
    server = ApiServer.start();
    trader = server.signUp();
    other = server.signUp();
    StringBuilder rows = new StringBuilder();
    for (LocalDate d = LocalDate.now().minusDays(500); days.size() < STORED; d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      double close = Math.round((500 + 40 * Math.sin(days.size() / 7.0) + days.size() * 0.3) * 100) / 100.0;
      days.add(d);
      closes.add(close);
      rows.append(rows.isEmpty() ? "" : ", ").append("('CHARTCO', '").append(d).append("', 'EQ', ").append(close)
          .append(", ").append(close + 5).append(", ").append(close - 5).append(", ").append(close).append(", 1000, 'bhavcopy')");
    }
    server.database.execute("INSERT INTO daily_candles (symbol, day, series, open, high, low, close, volume, source) "
        + "VALUES " + rows);
    LocalDate signalDay = days.get(STORED - 10);
    LocalDate fillDay = days.get(STORED - 8);
    for (ApiClient.Session who : List.of(trader, other)) {
      server.database.execute("INSERT INTO signals (user_id, day, symbol, verdict, final_verdict, combined_score) VALUES ("
          + who.userId() + ", '" + signalDay + "', 'CHARTCO', 'buy', 'strong_buy', 61.5)");
      server.database.execute("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, filled_quantity,"
          + " price, average_fill_price, order_type, variety, status, task, placed_at, filled_at, source) VALUES ("
          + who.userId() + ", 'c-buy', 'CHARTCO', 'BUY', 10, 10, 600, 598.5, 'LIMIT', 'AMO', 'FILLED', 'buy_orders', '"
          + fillDay + " 10:30:00+00', '" + fillDay + " 04:00:00+00', 'paper'), (" + who.userId() + ", 'c-sell', "
          + "'CHARTCO', 'SELL', 10, 0, 640.25, null, 'LIMIT', 'REGULAR', 'OPEN', 'sell_orders', '" + fillDay
          + " 04:00:00+00', null, 'paper')");
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theChartShowsTheStoredCandlesWithTheAnalysisIndicatorsAndTheTradersOwnMarkers() {
    ApiClient.Reply reply = server.get("/api/v1/user/chart/chartco?days=60", trader.accessToken());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject chart = reply.json();
    assertThat(chart.getBoolean("simulated")).isFalse();
    JsonArray candles = chart.getJsonArray("candles");
    assertThat(candles).hasSize(60);
    assertThat(candles.getJsonObject(59).getString("day")).isEqualTo(days.get(STORED - 1).toString());
    assertThat(candles.getJsonObject(59).getDouble("close")).isEqualTo(closes.get(STORED - 1));
    // The indicators over everything read (260 closes: 60 shown after a 200-close warm-up), as the analysis has them.
    double[] read = closes.subList(STORED - 260, STORED).stream().mapToDouble(Double::doubleValue).toArray();
    JsonObject last = candles.getJsonObject(59);
    assertThat(last.getDouble("ema9")).isCloseTo(Ema.smaSeeded(read, 9)[259], within(1e-9));
    assertThat(last.getDouble("ema200")).isCloseTo(Ema.smaSeeded(read, 200)[259], within(1e-9));
    assertThat(last.getDouble("rsi10")).isCloseTo(Rsi.series(read, 10)[259], within(1e-9));
    assertThat(candles.getJsonObject(0).getDouble("ema200")).as("EMA200 from the first day shown").isNotNull();

    assertThat(chart.getJsonArray("signals")).hasSize(1);
    assertThat(chart.getJsonArray("signals").getJsonObject(0).getString("verdict")).isEqualTo("strong_buy");
    assertThat(chart.getJsonArray("fills")).hasSize(1);
    assertThat(chart.getJsonArray("fills").getJsonObject(0).getString("side")).isEqualTo("BUY");
    assertThat(chart.getJsonArray("fills").getJsonObject(0).getDouble("averagePrice")).isEqualTo(598.5);
    assertThat(chart.getJsonArray("sellTargets")).hasSize(1);
    assertThat(chart.getJsonArray("sellTargets").getJsonObject(0).getDouble("price")).isEqualTo(640.25);
  }

  @Test
  void withoutStoredCandlesTheChartIsEmptyAndBadInputIsRefused() {
    JsonObject none = server.get("/api/v1/user/chart/NOSUCH", trader.accessToken()).json();
    assertThat(none.getJsonArray("candles")).isEmpty();
    assertThat(none.getJsonArray("fills")).isEmpty();
    ApiClient.Reply days = server.get("/api/v1/user/chart/CHARTCO?days=5", trader.accessToken());
    assertThat(days.status()).isEqualTo(400);
    assertThat(days.json().getString("error")).isEqualTo("validation_failed");
    assertThat(days.body()).contains("days");
    ApiClient.Reply symbol = server.get("/api/v1/user/chart/no%20such%3B", trader.accessToken());
    assertThat(symbol.status()).isEqualTo(400);
    assertThat(symbol.body()).contains("symbol");
    assertThat(server.get("/api/v1/user/chart/CHARTCO", null).status()).isEqualTo(401);
  }
}
