package in.neotrader.core.strategy.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.neotrader.core.strategy.Trade;
import in.neotrader.core.strategy.Verdict;
import in.neotrader.core.strategy.legacy.LegacyDay.DipQuality;
import in.neotrader.core.strategy.legacy.LegacyDay.Facts;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The strength, backtest and combined scores and the final verdict of TRADING_RULES §3.4-3.5 as §3.7 reads them. */
class LegacyScoresTableTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  private static Facts buyDay(double rsi, List<String> patterns, double chart, DipQuality dip, long volume) {
    return new Facts(rsi, true, volume, 100_000, patterns, chart, dip, 0);
  }

  private static List<Trade> fills(double... returnsPct) {
    return Arrays.stream(returnsPct).mapToObj(r -> new Trade("X", DAY, 100, DAY.plusDays(5), 100 * (1 + r / 100), "test", false)).toList();
  }

  static Stream<Arguments> strength() {
    List<String> oversold = List.of(LegacyPatterns.RSI_OVERSOLD);
    return Stream.of(
        Arguments.of("a buy: 5, +2 for the rsi_oversold pattern every buy has", Verdict.BUY,
            buyDay(28, oversold, 55, DipQuality.NONE, 100_000), 7.0),
        Arguments.of("the +1/+1 RSI bonuses never apply: RSI10 15 scores as RSI10 28", Verdict.BUY,
            buyDay(15, oversold, 55, DipQuality.NONE, 100_000), 7.0),
        Arguments.of("a strong_buy: 10, +2 per pattern, +8 for an excellent dip", Verdict.STRONG_BUY,
            buyDay(15, List.of("rsi_oversold", "hammer"), 55, DipQuality.EXCELLENT, 100_000), 22.0),
        Arguments.of("+1 strong volume (1.2 x the average)", Verdict.BUY,
            buyDay(28, oversold, 55, DipQuality.NONE, 120_000), 8.0),
        Arguments.of("+5 good, +3 fair dip confirmation", Verdict.BUY,
            buyDay(28, oversold, 55, DipQuality.GOOD, 100_000), 12.0),
        Arguments.of("chart bonus +3 from a score of 80", Verdict.BUY,
            buyDay(28, oversold, 80, DipQuality.NONE, 100_000), 10.0),
        Arguments.of("chart bonus +2 from 70", Verdict.BUY, buyDay(28, oversold, 79.9, DipQuality.NONE, 100_000), 9.0),
        Arguments.of("chart bonus +1 from 60", Verdict.BUY, buyDay(28, oversold, 60, DipQuality.NONE, 100_000), 8.0),
        Arguments.of("non-buys have strength -1", Verdict.WATCH,
            buyDay(28, oversold, 100, DipQuality.GOOD, 200_000), -1.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strength")
  void strengthScore(String rule, Verdict verdict, Facts facts, double expected) {
    assertThat(LegacyScores.strength(verdict, facts)).as(rule).isEqualTo(expected);
  }

  static Stream<Arguments> backtestScore() {
    return Stream.of(
        Arguments.of("no trades: only the fixed 10 excess points, times the fixed 0.8", fills(), 8.0),
        Arguments.of("at most 72: 100 return points and 100 % wins still times 0.8", fills(40, 40, 40, 40, 40, 40),
            72.0),
        Arguments.of("the trade factor is 0.8 with many trades too: 10 % over 6 winners",
            fills(10, 10, 10, 10, 10, 10), (0.4 * 50 + 0.4 * 100 + 10) * 0.8),
        Arguments.of("a negative return gives negative points", fills(-10), (0.4 * -50 + 0 + 10) * 0.8),
        Arguments.of("return is sum of P&L over sum of capital, not compounded: +10 % and -4 % make 3 %",
            fills(10, -4), (0.4 * 15 + 0.4 * 50 + 10) * 0.8),
        Arguments.of("over 10 % return: 50 points plus 2.5 per point", fills(20), (0.4 * 75 + 0.4 * 100 + 10) * 0.8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backtestScore")
  void backtestScoreOfTheIntegratedResults(String rule, List<Trade> fills, double expected) {
    assertThat(LegacyScores.backtest(fills)).as(rule).isCloseTo(expected, within(1e-9));
  }

  @Test
  void nonBuysCarryTheirMinusOneIntoTheCombinedScore() {
    assertThat(LegacyScores.combined(-1, 40)).isEqualTo(19.5);
  }

  static Stream<Arguments> finalVerdict() {
    return Stream.of(
        Arguments.of("runs for RSI10 >= 40 too: history promotes", 45.0, 66.0, 43.0, 0, Verdict.STRONG_BUY),
        Arguments.of("RSI rounded to 2 decimals first: 19.996 is 20.00, factor 0.8 not 0.7", 19.996, 0.0, 33.0, 0,
            Verdict.WATCH),
        Arguments.of("RSI 19.994 rounds to 19.99: factor 0.7", 19.994, 0.0, 33.0, 0, Verdict.BUY),
        Arguments.of("a missing RSI counts as 30: factor 1.0", Double.NaN, 0.0, 41.0, 0, Verdict.WATCH),
        Arguments.of("RSI 29.99: factor 0.9", 29.99, 0.0, 41.0, 0, Verdict.BUY),
        Arguments.of("with 5 executed trades the lower numbers apply", 45.0, 35.0, 22.0, 5, Verdict.BUY),
        Arguments.of("with 4 the higher ones", 45.0, 35.0, 22.0, 4, Verdict.WATCH));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("finalVerdict")
  void finalVerdictOfEveryStock(String rule, double rsi, double backtest, double combined, int trades,
      Verdict expected) {
    assertThat(LegacyScores.finalVerdict(rsi, backtest, combined, trades)).as(rule).isEqualTo(expected);
  }

  @Test
  void priorityRanksByRsiBacktestAndChartBands() {
    assertThat(LegacyPriority.score(9, 60, 80)).isEqualTo(70);
    assertThat(LegacyPriority.score(24.9, 39.9, 69.9)).isEqualTo(17);
    assertThat(LegacyPriority.score(25, 0, 0)).isZero();
    assertThat(Collections.max(List.of(LegacyPriority.score(14, 0, 0), LegacyPriority.score(19, 60, 80))))
        .isEqualTo(50);
  }
}
