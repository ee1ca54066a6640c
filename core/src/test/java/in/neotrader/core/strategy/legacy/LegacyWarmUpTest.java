package in.neotrader.core.strategy.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.strategy.DipStrategy;
import in.neotrader.core.strategy.PriceHistory;
import in.neotrader.core.strategy.Signal;
import in.neotrader.core.strategy.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TRADING_RULES §3.7: stocks with 30-199 rows are analysed; EMA200 is undefined and counts as below it (threshold
 * rsi_extreme_oversold); the final verdict and the backtest still run. The dip strategy drops them.
 */
class LegacyWarmUpTest {

  private static final TradingConfig CONFIG = TradingConfig.defaults();
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private final LegacyDipStrategy legacy = new LegacyDipStrategy();

  private static PriceHistory history(List<Candle> candles) {
    return PriceHistory.of("WARM", candles.get(candles.size() - 1).day(), candles);
  }

  /** {@code upDays} sessions up 0.3 % a day, then two of -3 %: RSI10 29.6 on the last. */
  private static List<Candle> dipAfter(int upDays) {
    return new SeriesBuilder(START).move(upDays, 0.3).move(2, -3).candles();
  }

  @Test
  void under30RowsThereIsNoSignal() {
    assertThat(legacy.analyse(history(new SeriesBuilder(START).move(29, 0.3).candles()), CONFIG)).isEmpty();
  }

  @Test
  void thirtyRowsAreAnalysedWithoutAnEma200() {
    Signal s = legacy.analyse(history(new SeriesBuilder(START).move(30, 0.3).candles()), CONFIG).orElseThrow();

    assertThat(s.ema200()).isNull();
    assertThat(s.ema9()).isNotNull();
    assertThat(s.strategy()).isEqualTo("legacy-dip");
  }

  @Test
  void aWarmUpDipCountsAsBelowEma200WhereAFullHistoryBuys() {
    Signal warm = legacy.analyse(history(dipAfter(140)), CONFIG).orElseThrow();
    Signal full = legacy.analyse(history(dipAfter(260)), CONFIG).orElseThrow();

    assertThat(warm.rsi10()).isBetween(20.0, 30.0);
    assertThat(warm.verdict()).as("RSI10 under 30 but not under rsi_extreme_oversold 20: the watch rule")
        .isEqualTo(Verdict.WATCH);
    assertThat(warm.explanation()).anyMatch(w -> w.contains("no EMA200 yet: counted below"));
    assertThat(full.rsi10()).isBetween(20.0, 30.0);
    assertThat(full.verdict()).as("the same dip above a defined EMA200").isEqualTo(Verdict.BUY);
  }

  @Test
  void aWarmUpStockStillGetsItsBacktestAndFinalVerdict() {
    Signal warm = legacy.analyse(history(dipAfter(140)), CONFIG).orElseThrow();

    assertThat(warm.backtestTrades()).as("no entry without EMA200").isZero();
    assertThat(warm.backtestScore()).as("the fixed excess points only").isEqualTo(8.0);
    assertThat(warm.strengthScore()).isEqualTo(-1);
    assertThat(warm.combinedScore()).isEqualTo(3.5);
    assertThat(warm.finalVerdict()).isEqualTo(Verdict.WATCH);
  }

  @Test
  void theDipStrategyDropsTheWarmUpRows() {
    assertThat(new DipStrategy().analyse(history(dipAfter(140)), CONFIG)).isEmpty();
    assertThat(new DipStrategy().analyse(history(dipAfter(260)), CONFIG)).isPresent();
  }

  @Test
  void rowsOlderThan1825CalendarDaysDoNotCount() {
    SeriesBuilder b = new SeriesBuilder(LocalDate.of(2018, 1, 1)).move(100, 0.1);
    List<Candle> old = b.candles();
    LocalDate resumed = old.get(old.size() - 1).day().plusYears(5);
    List<Candle> recent = new SeriesBuilder(resumed).move(20, 0.3).candles();
    List<Candle> all = new ArrayList<>(old);
    all.addAll(recent);

    assertThat(all).hasSizeGreaterThan(LegacyDipStrategy.MIN_ROWS);
    assertThat(legacy.analyse(history(all), CONFIG)).as("20 rows in the last 1,825 days").isEmpty();
  }
}
