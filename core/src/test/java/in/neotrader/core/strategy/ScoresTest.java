package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.neotrader.core.config.TradingConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoresTest {

  @ParameterizedTest(name = "trades {0}, win {1}%, return {2}%, hold {3}% -> {4}")
  @CsvSource({
      // 0.4 x 5 x 8 + 0.4 x 60 + 0.2 x (8 - 2 + 50) = 16 + 24 + 11.2
      "5, 60, 8, 2, 51.2",
      // return 20 %: 50 + 2.5 x 10 = 75 points -> 30 + 0.4 x 100 + 0.2 x 70 = 84
      "10, 100, 20, 0, 84",
      // return 40 % caps at 100 points; excess clamps at 100 -> 40 + 40 + 20
      "10, 100, 40, -20, 100",
      // a loss gives no return points; excess -20 + 50 = 30 -> 0 + 0.4 x 0 + 6
      "4, 0, -5, 15, 6",
      // one trade damps by 0.8 + 0.1 = 0.9: (0.4 x 20 + 0.4 x 50 + 0.2 x 60) x 0.9 = 40 x 0.9
      "1, 50, 4, -6, 36",
  })
  void backtestScoreWeighsReturnWinRateAndExcess(int trades, double win, double ret, double hold, double expected) {
    assertThat(Scores.backtest(new BacktestResult(trades, win, ret, hold))).isCloseTo(expected, within(1e-9));
  }

  @Test
  void strengthAddsTheRewardsOfABuy() {
    StockInputs in = new StockInputs("X", LocalDate.parse("2025-03-03"), List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(6), Set.of(CandlePattern.HAMMER), Optional.empty());
    IndicatorSnapshot ind = new IndicatorSnapshot(18, 100, 90, 100_000, 95, 150_000);
    // 5 (buy) + 2 (hammer) + 1 (volume 1.5x) + 1 (<30) + 1 (<20) + 3 (alignment 6) + 3 (extreme oversold) = 16
    assertThat(Scores.strength(Verdict.BUY, in, ind, TradingConfig.defaults())).isEqualTo(16);
    assertThat(Scores.strength(Verdict.WATCH, in, ind, TradingConfig.defaults())).isEqualTo(-1);
  }

  @Test
  void combinedIsTheMeanOfStrengthAndBacktest() {
    assertThat(Scores.combined(10, 50)).isEqualTo(30);
  }
}
