package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinalVerdictTest {

  @ParameterizedTest(name = "rsi {0}, backtest {1}, combined {2}, trades {3} -> {4}")
  @CsvSource({
      // Five or more trades, f = 1.0 (RSI >= 30): 60/35 or 60 for strong_buy, 35/22 or 35 for buy.
      "35, 60, 35, 5, STRONG_BUY",
      "35, 59, 59, 5, BUY",
      "35, 10, 60, 5, STRONG_BUY",
      "35, 35, 22, 5, BUY",
      "35, 34, 34, 5, WATCH",
      // f = 0.7 below RSI 20: thresholds 42/24.5 and 24.5/15.4.
      "15, 42, 24.5, 5, STRONG_BUY",
      "15, 24.5, 15.4, 5, BUY",
      "15, 24, 15.4, 5, WATCH",
      // f = 0.8 below 25, f = 0.9 below 30.
      "22, 28, 17.6, 5, BUY",
      "27, 31.5, 19.8, 5, BUY",
      "27, 31, 19.8, 5, WATCH",
      // Fewer than five trades: 65/42 or 65, and 40/28 or 45.
      "35, 65, 42, 4, STRONG_BUY",
      "35, 64, 64, 4, BUY",
      "35, 40, 28, 4, BUY",
      "35, 39, 44, 4, WATCH",
      "35, 0, 45, 0, BUY",
  })
  void appliesTheRsiScaledThresholds(double rsi, double backtest, double combined, int trades, Verdict expected) {
    assertThat(FinalVerdict.of(rsi, backtest, combined, trades)).isEqualTo(expected);
  }
}
