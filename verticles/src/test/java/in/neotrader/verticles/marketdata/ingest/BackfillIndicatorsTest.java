package in.neotrader.verticles.marketdata.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.indicators.Ema;
import in.neotrader.core.indicators.Rsi;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips.Line;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A backfill of 260 trading days from the fake NSE (a calendar closure not asked for, an ad-hoc closure recorded
 * no_file, resumable), then core's RSI10/EMA9/EMA200 on the candles read back agree with the same formulas
 * computed here from the served closes.
 */
class BackfillIndicatorsTest extends IngestTestBase {
  private static final LocalDate HOLIDAY = LocalDate.of(2025, 8, 15);
  private static final LocalDate AD_HOC = LocalDate.of(2025, 9, 10);

  @Test
  void backfillIsResumableAndIndicatorsAgree() {
    NseCalendar calendar = new NseCalendar(Map.of(HOLIDAY, "Independence Day"), Map.of());
    LocalDate from = LocalDate.of(2025, 6, 2);
    List<Double> served = new ArrayList<>();
    LocalDate prev = null;
    int tradingDays = 0;
    for (LocalDate d = from; served.size() < 260; d = d.plusDays(1)) {
      if (!calendar.isTradingDay(d)) {
        continue;
      }
      tradingDays++;
      if (d.equals(AD_HOC)) {
        continue; // NSE published nothing that day
      }
      int i = served.size();
      double close = BigDecimal.valueOf(500 + i * 0.7 + 40 * Math.sin(i / 7.0)).setScale(2, RoundingMode.HALF_UP)
          .doubleValue();
      String prevClose = served.isEmpty() ? "" : BigDecimal.valueOf(served.get(i - 1)).toPlainString();
      nse.publish(d, BhavcopyZips.udiff(d, List.of(Line.of("TRENDY", "EQ", "INE000Y01010", "7",
          BigDecimal.valueOf(close).toPlainString(), prevClose.isEmpty() ? "0" : prevClose, 1000 + i))));
      served.add(close);
      prev = d;
    }
    LocalDate to = prev;
    Backfill backfill = new Backfill(pool, new BhavcopyIngest(vertx, pool, settings()), calendar);
    int[] steps = {0};

    Backfill.Result first = slow(backfill.run(from, to, (done, total, day, outcome) -> steps[0] = done));

    assertThat(first.ingested()).isEqualTo(260);
    assertThat(first.noFile()).isEqualTo(1);
    assertThat(steps[0]).isEqualTo(tradingDays);
    assertThat(nse.requests(HOLIDAY)).isZero();
    assertThat(row("SELECT status FROM market_data_ingests WHERE day = $1", AD_HOC).getString("status"))
        .isEqualTo("no_file");
    int requests = nse.totalRequests();
    Backfill.Result again = slow(backfill.run(from, to, (done, total, day, outcome) -> { }));
    assertThat(again.ingested()).isZero();
    assertThat(again.skipped()).isEqualTo(tradingDays);
    assertThat(nse.totalRequests()).isEqualTo(requests);

    double[] stored = rows("SELECT close * adjust_factor AS c FROM daily_candles WHERE symbol = 'TRENDY' ORDER BY day")
        .stream().mapToDouble(r -> r.getBigDecimal("c").doubleValue()).toArray();
    double[] expected = served.stream().mapToDouble(Double::doubleValue).toArray();
    assertThat(stored).containsExactly(expected, within(1e-9));
    assertThat(Rsi.latest(stored, 10).getAsDouble()).isCloseTo(rsi(expected, 10), within(1e-9));
    assertThat(Ema.latestSmaSeeded(stored, 9).getAsDouble()).isCloseTo(ema(expected, 9), within(1e-9));
    assertThat(Ema.latestSmaSeeded(stored, 200).getAsDouble()).isCloseTo(ema(expected, 200), within(1e-9));
  }

  /** 261 days of files take longer than the usual 10 s wait on a loaded shared machine. */
  private static <T> T slow(io.vertx.core.Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(120, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("backfill did not complete: " + e, e);
    }
  }

  /** EMA(n) seeded with the mean of the first n closes (TRADING_RULES §3.2a), written out independently. */
  private static double ema(double[] c, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += c[i];
    }
    double e = sum / n;
    for (int i = n; i < c.length; i++) {
      e = e * (1 - 2.0 / (n + 1)) + c[i] * 2.0 / (n + 1);
    }
    return e;
  }

  /** pandas-ta RSI: gains and losses smoothed by 1/n from the first difference. */
  private static double rsi(double[] c, int n) {
    double up = Math.max(c[1] - c[0], 0);
    double down = Math.max(c[0] - c[1], 0);
    for (int i = 2; i < c.length; i++) {
      double d = c[i] - c[i - 1];
      up = up * (n - 1) / n + Math.max(d, 0) / n;
      down = down * (n - 1) / n + Math.max(-d, 0) / n;
    }
    return 100 * up / (up + down);
  }
}
