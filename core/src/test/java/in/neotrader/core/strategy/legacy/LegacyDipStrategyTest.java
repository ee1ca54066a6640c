package in.neotrader.core.strategy.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.strategy.DipStrategy;
import in.neotrader.core.strategy.PriceHistory;
import in.neotrader.core.strategy.Signal;
import in.neotrader.core.strategy.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** legacy-dip as a whole: the final verdict of every stock, the buy order, what a signal carries. */
class LegacyDipStrategyTest {

  private static final TradingConfig CONFIG = TradingConfig.defaults();
  private final LegacyDipStrategy legacy = new LegacyDipStrategy();

  private static Signal recommended(String symbol, Verdict finalVerdict, double combined, double priority) {
    return new Signal(symbol, LocalDate.of(2025, 3, 3), Verdict.BUY, finalVerdict, 10, 50, combined, 5, 25,
        BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, 100_000, 100_000, LegacyDipStrategy.NAME,
        Map.of("priorityScore", priority), List.of());
  }

  @Test
  void buysAreRankedByThePriorityScoreNotByVerdictAndCombinedScore() {
    List<Signal> day = List.of(recommended("TCS", Verdict.STRONG_BUY, 60, 20),
        recommended("INFY", Verdict.BUY, 30, 50), recommended("SBIN", Verdict.BUY, 24, 90));

    assertThat(legacy.buyOrder(day, 25)).extracting(Signal::symbol).containsExactly("INFY", "TCS");
    assertThat(new DipStrategy().buyOrder(day, 25)).extracting(Signal::symbol).containsExactly("TCS", "INFY");
  }

  @Test
  void aFailedChartIsAvoidedYetStillGetsAFinalVerdict() {
    // Alternating gaps of 0.5 % with 0.3 % ranges: gaps on every day (-30) and flat (-25): score 45.
    SeriesBuilder b = new SeriesBuilder(LocalDate.of(2024, 1, 1));
    for (int i = 0; i < 250; i++) {
      double c = b.lastClose();
      double open = i % 2 == 0 ? c * 1.005 : c * 0.995;
      b.candle(open, open * 1.0015, open * 0.9985, open, 100_000);
    }
    Signal s = legacy.analyse(PriceHistory.of("GAPPY", b.lastDay(), b.candles()), CONFIG).orElseThrow();

    assertThat(s.indicators().get("chartScore")).isEqualTo(45.0);
    assertThat(s.verdict()).isEqualTo(Verdict.AVOID);
    assertThat(s.finalVerdict()).as("the final verdict runs for chart failures too").isEqualTo(Verdict.WATCH);
  }

  @Test
  void aSignalCarriesItsOwnIndicatorsAndWords() {
    List<Candle> candles = new SeriesBuilder(LocalDate.of(2023, 1, 2)).move(300, 0.3).move(2, -3).candles();
    Signal s = legacy.analyse(PriceHistory.of("DIP", candles.get(candles.size() - 1).day(), candles), CONFIG)
        .orElseThrow();

    assertThat(s.indicators()).containsKeys("ema50", "chartScore", "candlePenalty", "priorityScore",
        "backtestReturnPct", "backtestWinRatePct", "dipPoints");
    assertThat(s.explanation()).anyMatch(w -> w.startsWith("RSI10 ")).anyMatch(w -> w.startsWith("backtest: "));
    assertThat(s.day()).isEqualTo(candles.get(candles.size() - 1).day());
  }
}
