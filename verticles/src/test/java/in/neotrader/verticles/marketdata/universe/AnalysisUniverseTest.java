package in.neotrader.verticles.marketdata.universe;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.watchlist.WatchlistRepository;
import in.neotrader.verticles.marketdata.StoredMarketData;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user's analysis on the stored candles screens the default universe and that user's watchlist, nothing else. */
class AnalysisUniverseTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);

  @Test
  void theAnalysisScreensTheDefaultListAndTheUsersWatchlistAndSkipsSymbolsWithoutCandles() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(15, 50))) {
      DailyCandleReads reads = new DailyCandleReads(fx.pool);
      StoredMarketData market = new StoredMarketData(reads, fx.calendar, TestUniverses.of(fx.pool, "SBIN", "GHOST"));
      fx.marketData = userId -> market;
      long user = fx.createUser("watcher@x.in");
      long other = fx.createUser("other@x.in");
      for (String symbol : List.of("SBIN", "TCS", "ITC", "INFY")) {
        candles(fx, symbol);
      }
      // INFY has candles but no list names it; ITC is only on another trader's watchlist.
      WatchlistRepository watchlists = new WatchlistRepository(fx.pool);
      EngineFixture.await(watchlists.replace(user, List.of("TCS", "SBIN", "DELISTED"), Instant.now()));
      EngineFixture.await(watchlists.replace(other, List.of("ITC"), Instant.now()));

      EngineFixture.await(fx.startEngine("node-a").startService(user));
      fx.runUntil(MONDAY.atTime(16, 30));

      assertThat(fx.query("SELECT symbol FROM signals WHERE user_id = $1 ORDER BY symbol", user))
          .extracting(r -> r.getString("symbol")).containsExactly("SBIN", "TCS");
      List<Row> analysis = fx.query("SELECT status, details FROM service_task_execution WHERE user_id = $1 "
          + "AND task_name = 'analysis'", user);
      assertThat(analysis).hasSize(1);
      assertThat(analysis.get(0).getString("status")).isEqualTo("success");
      String reason = "no candle on 2025-12-22, the store's last day";
      assertThat(((JsonObject) analysis.get(0).getValue("details")).getJsonObject("skippedSymbols").getMap())
          .isEqualTo(Map.of("DELISTED", reason, "GHOST", reason));
    }
  }

  @Test
  void onAnEmptyStoreTheAnalysisIsSkippedWithTheReasonNotRunOnNothing() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(15, 50))) {
      StoredMarketData market = new StoredMarketData(new DailyCandleReads(fx.pool), fx.calendar,
          TestUniverses.of(fx.pool, "SBIN"));
      fx.marketData = userId -> market;
      long user = fx.createUser("early@x.in");
      EngineFixture.await(fx.startEngine("node-a").startService(user));
      fx.runUntil(MONDAY.atTime(16, 30));

      List<Row> analysis = fx.query("SELECT status, reason FROM service_task_execution WHERE user_id = $1 "
          + "AND task_name = 'analysis'", user);
      assertThat(analysis).extracting(r -> r.getString("status")).containsExactly("skipped");
      assertThat(analysis.get(0).getString("reason")).isEqualTo("market data unavailable: daily-candles holds no "
          + "candles yet (run the backfill or the import)");
    }
  }

  // 300 weekdays to Monday: more than the 200 candles the strategy needs, with some movement for its indicators.
  private static void candles(EngineFixture fx, String symbol) throws Exception {
    fx.query("INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, source) "
        + "SELECT $1, d, p, p * 1.02, p * 0.98, p * 1.01, 100000, 'bhavcopy' FROM ("
        + "  SELECT d::date AS d, round((500 + 40 * sin(extract(epoch FROM d) / 86400 / 9))::numeric, 2) AS p"
        + "  FROM generate_series($2::date - 420, $2::date, interval '1 day') AS d"
        + "  WHERE extract(isodow FROM d) < 6) days", symbol, MONDAY);
  }
}
