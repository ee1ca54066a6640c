package in.neotrader.verticles.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.marketdata.SimulatedMarketData;
import in.neotrader.core.marketdata.Universe;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A task whose market data is stale records skipped with the source and its last day; no order is placed. */
class StaleMarketDataTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final LocalDate LAST_HELD = LocalDate.of(2025, 12, 18);

  @Test
  void analysisOnStaleCandlesIsSkippedWithTheSourceAndItsLastDayAndNothingIsBought() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(15, 50))) {
      fx.marketData = userId -> new HeldTo(new SimulatedMarketData(userId, fx.calendar), LAST_HELD);
      long user = fx.createUser("stale@x.in");
      EngineFixture.await(fx.startEngine("node-a").startService(user));
      fx.runUntil(MONDAY.atTime(16, 30));

      List<Row> analysis = fx.query("SELECT status, reason FROM service_task_execution WHERE user_id = $1 "
          + "AND task_name = 'analysis'", user);
      assertThat(analysis).hasSize(1);
      assertThat(analysis.get(0).getString("status")).isEqualTo("skipped");
      assertThat(analysis.get(0).getString("reason"))
          .isEqualTo("market data stale: nse-bhavcopy has candles to 2025-12-18, analysis needs 2025-12-22");
      assertThat(fx.query("SELECT message FROM service_logs WHERE user_id = $1 AND level = 'WARN' "
          + "AND task = 'analysis'", user)).extracting(r -> r.getString("message"))
          .anySatisfy(m -> assertThat(m).contains("market data stale: nse-bhavcopy"));
      assertThat(fx.query("SELECT error_count FROM service_status WHERE user_id = $1", user).get(0).getLong(0))
          .as("a skip is not an error").isZero();
      assertThat(fx.query("SELECT count(*) FROM orders WHERE user_id = $1", user).get(0).getLong(0)).isZero();
    }
  }

  /** The source as a store holding candles only up to {@code lastDay} answers: later days are stale. */
  private record HeldTo(MarketData prices, LocalDate lastDay) implements MarketData {

    @Override
    public Future<List<Candle>> dailyCandles(String symbol, LocalDate to, int count) {
      return to.isAfter(lastDay)
          ? Future.failedFuture(MarketDataUnavailable.stale("nse-bhavcopy", Optional.of(lastDay), "analysis", to))
          : prices.dailyCandles(symbol, to, count);
    }

    @Override
    public Future<BigDecimal> lastPrice(String symbol, Instant at) {
      return prices.lastPrice(symbol, at);
    }

    @Override
    public Future<BigDecimal> sessionOpen(String symbol, LocalDate day) {
      return prices.sessionOpen(symbol, day);
    }

    @Override
    public Future<Universe> universe(long userId) {
      return prices.universe(userId);
    }
  }
}
