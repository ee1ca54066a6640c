package in.neotrader.core.strategy.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.strategy.Trade;
import in.neotrader.core.strategy.legacy.LegacyBacktest.ReentryLevels;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The legacy's integrated backtest (TRADING_RULES §3.7 and the re-entry cycles of §7), rule by rule. */
class LegacyBacktestTest {

  private static final TradingConfig CONFIG = TradingConfig.defaults();
  private static final LocalDate START = LocalDate.of(2023, 1, 2);

  /** A long uptrend, a sharp dip that stays above EMA200, then the given recovery. */
  private static LegacySeries dipThen(int recoveryDays, double recoveryPct) {
    return new LegacySeries(new SeriesBuilder(START).move(260, 0.3).move(6, -3).move(recoveryDays, recoveryPct)
        .candles(), CONFIG.rsiPeriod());
  }

  /** The first day the entry rule holds: RSI10 < 30, close above EMA200, the day's analysis buys. */
  private static int firstSignal(LegacySeries s) {
    return IntStream.range(0, s.size()).filter(t -> s.rsi[t] < 30 && s.aboveEma200(t)
        && LegacyVerdictRules.at(s, t, CONFIG).verdict().isBuy()).findFirst().orElseThrow();
  }

  private static List<Trade> run(LegacySeries s) {
    return LegacyBacktest.trades("X", s, START, s.candles.get(s.size() - 1).day(), CONFIG);
  }

  @Test
  void entryIsFilledAtTheNextOpenAndLeavesAtTheFixedEma9TargetWhenTheHighReachesIt() {
    LegacySeries s = dipThen(1, 20);
    int t = firstSignal(s);
    List<Trade> fills = run(s);

    Trade first = fills.get(0);
    assertThat(first.entryDay()).isEqualTo(s.candles.get(t + 1).day());
    assertThat(first.entryPrice()).isEqualTo(s.open[t + 1]);
    int exit = IntStream.range(t + 1, s.size()).filter(u -> s.high[u] >= s.ema9[t]).findFirst().orElseThrow();
    assertThat(first.exitDay()).isEqualTo(s.candles.get(exit).day());
    assertThat(first.exitPrice()).as("at the signal day's EMA9, not a later one").isEqualTo(s.ema9[t]);
    assertThat(s.ema9[exit]).isNotEqualTo(s.ema9[t]);
    assertThat(first.exitReason()).isEqualTo("high reached the EMA9 target");
  }

  @Test
  void withoutReachingTheTargetAnRsiAbove50ClosesAtTheClose() {
    LegacySeries s = dipThen(40, 0.5);
    int t = firstSignal(s);
    Trade first = run(s).get(0);

    int exit = IntStream.range(t + 1, s.size()).filter(u -> s.high[u] >= s.ema9[t] || s.rsi[u] > 50).findFirst()
        .orElseThrow();
    assertThat(s.high[exit]).isLessThan(s.ema9[t]);
    assertThat(first.exitReason()).isEqualTo("RSI10 above 50");
    assertThat(first.exitPrice()).isEqualTo(s.close[exit]);
  }

  @Test
  void aDeeperDipAddsReentriesThatCountAsExecutedTradesAndShareTheExit() {
    LegacySeries s = dipThen(12, 4);
    int t = firstSignal(s);
    List<Trade> fills = run(s);
    int firstUnder20 = IntStream.range(t + 1, s.size()).filter(u -> s.rsi[u] < 20).findFirst().orElseThrow();

    assertThat(fills).hasSizeGreaterThanOrEqualTo(2);
    assertThat(fills.get(1).entryDay()).as("the close under 20 buys at the next open")
        .isEqualTo(s.candles.get(firstUnder20 + 1).day());
    assertThat(fills.get(1).entryPrice()).isEqualTo(s.open[firstUnder20 + 1]);
    assertThat(fills.get(1).exitDay()).isEqualTo(fills.get(0).exitDay());
  }

  @Test
  void noEntryBeforeTheRangeStartsNorOnADayBelowEma200() {
    LegacySeries s = dipThen(12, 4);
    int t = firstSignal(s);
    LocalDate afterSignal = s.candles.get(t + 1).day();
    List<Trade> late = LegacyBacktest.trades("X", s, afterSignal, s.candles.get(s.size() - 1).day(), CONFIG);
    assertThat(late).allSatisfy(f -> assertThat(f.entryDay()).isAfter(afterSignal));
    LegacySeries falling = new LegacySeries(new SeriesBuilder(START).move(260, -0.3).move(6, -3).candles(), 10);
    assertThat(run(falling)).as("RSI10 < 30 below EMA200 never enters").isEmpty();
  }

  static Stream<Arguments> reentries() {
    return Stream.of(
        Arguments.of("under 20 after the first entry: level 20", new double[] {25, 19}, new boolean[] {false, true}),
        Arguments.of("level 20 is taken once", new double[] {19, 18}, new boolean[] {true, false}),
        Arguments.of("under 10 once level 20 is taken: level 10", new double[] {19, 9}, new boolean[] {true, true}),
        Arguments.of("under 10 without level 20 takes level 20 first", new double[] {9, 8}, new boolean[] {true, true}),
        Arguments.of("above 30 arms the reset; under 30 then starts a new cycle at level 30",
            new double[] {31, 29, 19}, new boolean[] {false, true, true}),
        Arguments.of("exactly 30 neither arms nor re-enters", new double[] {30, 29}, new boolean[] {false, false}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reentries")
  void reentryLevels(String rule, double[] rsiCloses, boolean[] reenters) {
    ReentryLevels levels = new ReentryLevels();
    for (int i = 0; i < rsiCloses.length; i++) {
      assertThat(levels.reenters(rsiCloses[i])).as(rule + " at RSI " + rsiCloses[i]).isEqualTo(reenters[i]);
    }
  }
}
