package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitRuleTest {

  @ParameterizedTest(name = "close {0}, ema9 {1}, rsi {2} -> exit {3}")
  @CsvSource({"100, 100, 30, true", "101, 100, 30, true", "99, 100, 50.1, true", "99, 100, 50, false",
      "99, 100, 20, false"})
  void exitsAtEma9OrAboveRsi50(double close, double ema9, double rsi, boolean exit) {
    assertThat(ExitRule.shouldExit(close, ema9, rsi)).isEqualTo(exit);
  }
}
