package in.neotrader.verticles.marketdata.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.marketdata.QuoteCandles;
import in.neotrader.verticles.marketdata.StoredMarketData;
import in.neotrader.verticles.marketdata.fake.FakeYahooChart;
import in.neotrader.verticles.marketdata.universe.TestUniverses;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.sqlclient.Row;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A paper user's open EMA9 sell on the stored market data with Yahoo quotes from a local fake: a stale quote
 * is never a price (the run is skipped with the symbol and the quote's age, the order stays open although
 * the stale price crosses it); a fresh quote that crosses it fills it.
 */
class QuotedPaperFillsTest {
  private static final LocalDate FRIDAY = LocalDate.of(2025, 12, 19);
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void aStaleQuoteSkipsTheRunAndFillsNothingAFreshOneFills() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(10, 0))) {
      FakeYahooChart yahoo = EngineFixture.await(FakeYahooChart.start(fx.vertx));
      DailyCandleReads reads = new DailyCandleReads(fx.pool);
      StoredMarketData market = new StoredMarketData(reads, fx.calendar, TestUniverses.of(fx.pool, "SBIN"),
          Optional.of(new LiveQuotes(new QuoteCache(new YahooQuotes(fx.vertx, yahoo.chartUrl()),
              Duration.ofSeconds(15)), Duration.ofMinutes(2), fx.clock, new QuoteCandles(fx.pool))));
      fx.marketData = userId -> market;
      long user = fx.createUser("quotes@x.in");
      fx.query("INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, source) "
          + "VALUES ('SBIN', $1, 600, 606, 598, 605, 9000, 'bhavcopy')", FRIDAY);
      fx.query("INSERT INTO positions (user_id, symbol, quantity, average_price, opened_at) "
          + "VALUES ($1, 'SBIN', 10, 600, $2)", user, ist(FRIDAY, 10, 0).atOffset(ZoneOffset.UTC));
      fx.query("INSERT INTO orders (user_id, client_order_id, broker_order_id, symbol, side, quantity, price, "
          + "order_type, variety, status, task, trading_day, placed_at, source) VALUES ($1, 'ema9-sell', 'P-1', "
          + "'SBIN', 'SELL', 10, 620, 'LIMIT', 'REGULAR', 'OPEN', 'sell_orders', $2, $3, 'paper')",
          user, MONDAY, ist(MONDAY, 9, 15).atOffset(ZoneOffset.UTC));
      // 625 would cross the 620 limit, but it was traded at 09:40: twenty minutes old at 10:00.
      yahoo.answerMinutes("SBIN", ist(MONDAY, 9, 15), "625", ist(MONDAY, 9, 40),
          new double[] {610, 626, 609, 625, 4000});
      EngineFixture.await(fx.startEngine("node-a").startService(user));
      fx.runUntil(MONDAY.atTime(10, 5));

      assertThat(fx.query("SELECT reason FROM service_task_execution WHERE user_id = $1 AND status = 'skipped'",
          user)).extracting(r -> r.getString("reason")).isNotEmpty().allSatisfy(reason -> assertThat(reason)
              .startsWith("market data unavailable: yahoo-chart gave no price for SBIN: the last quote is"));
      assertThat(status(fx, user)).isEqualTo("OPEN");

      yahoo.answerMinutes("SBIN", ist(MONDAY, 9, 15), "625", ist(MONDAY, 10, 9),
          new double[] {610, 626, 609, 625, 4000});
      fx.runUntil(MONDAY.atTime(10, 10));
      assertThat(status(fx, user)).isEqualTo("FILLED");
    }
  }

  private static String status(EngineFixture fx, long user) throws Exception {
    List<Row> rows = fx.query("SELECT status FROM orders WHERE user_id = $1 AND side = 'SELL'", user);
    assertThat(rows).as("no other sell placed").hasSize(1);
    return rows.get(0).getString("status");
  }

  private static Instant ist(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(TradingClock.IST).toInstant();
  }
}
