package in.neotrader.core.strategy.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.strategy.Verdict;
import in.neotrader.core.strategy.legacy.LegacyDay.DipQuality;
import in.neotrader.core.strategy.legacy.LegacyDay.Facts;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** TRADING_RULES §3.3 as §3.7 corrects it, one rule a case: the facts of a day in, the legacy verdict out. */
class LegacyVerdictTableTest {

  private static final TradingConfig DEFAULTS = TradingConfig.defaults();
  private static final List<String> OVERSOLD = List.of(LegacyPatterns.RSI_OVERSOLD);

  private static Facts day(double rsi, boolean above, long volume, List<String> patterns, double chart,
      DipQuality dip, int penalty) {
    return new Facts(rsi, above, volume, 100_000, patterns, chart, dip, penalty);
  }

  private static Arguments rule(String rule, Facts facts, TradingConfig config, Verdict expected) {
    return Arguments.of(rule, facts, config, expected);
  }

  static Stream<Arguments> rules() {
    TradingConfig extreme25 = TradingConfig.fromJson(new JsonObject().put("rsi_extreme_oversold", 25.0));
    return Stream.of(
        rule("above EMA200, RSI10 under rsi_oversold and volume ok: buy",
            day(28, true, 100_000, OVERSOLD, 100, DipQuality.GOOD, 0), DEFAULTS, Verdict.BUY),
        rule("without MTF alignment a strong_buy needs an excellent uptrend dip",
            day(15, true, 100_000, OVERSOLD, 100, DipQuality.EXCELLENT, 0), DEFAULTS, Verdict.STRONG_BUY),
        rule("below EMA200 the threshold is rsi_extreme_oversold (20): RSI10 22 is no buy, only watch",
            day(22, false, 200_000, OVERSOLD, 100, DipQuality.NONE, 0), DEFAULTS, Verdict.WATCH),
        rule("below EMA200 the threshold is the user's rsi_extreme_oversold (25): RSI10 22 with strong volume buys",
            day(22, false, 200_000, OVERSOLD, 100, DipQuality.NONE, 0), extreme25, Verdict.BUY),
        rule("below EMA200 under the threshold a hammer makes a buy",
            day(15, false, 100_000, List.of("rsi_oversold", "hammer"), 100, DipQuality.NONE, 0), DEFAULTS, Verdict.BUY),
        rule("below EMA200 under the threshold a bullish divergence is a pattern signal that buys",
            day(15, false, 100_000, List.of("rsi_oversold", "bullish_divergence"), 100, DipQuality.NONE, 0),
            DEFAULTS, Verdict.BUY),
        rule("below EMA200 under the threshold volume at 1.2 x the average buys",
            day(15, false, 120_000, OVERSOLD, 100, DipQuality.NONE, 0), DEFAULTS, Verdict.BUY),
        rule("below EMA200 under the threshold without reversal or strong volume: watch",
            day(15, false, 100_000, OVERSOLD, 100, DipQuality.NONE, 0), DEFAULTS, Verdict.WATCH),
        rule("watch rule: RSI10 20-30 below EMA200 with volume ok is at least watch (rsi_oversold is a signal)",
            day(25, false, 100_000, OVERSOLD, 100, DipQuality.NONE, 0), DEFAULTS, Verdict.WATCH),
        rule("volume: under 0.5 x the average with RSI10 < 30 is not ok, so no watch either",
            day(25, false, 49_000, OVERSOLD, 100, DipQuality.NONE, 0), DEFAULTS, Verdict.AVOID),
        rule("volume: 0.5 x the average is enough while RSI10 < 30",
            day(28, true, 50_000, OVERSOLD, 100, DipQuality.FAIR, 0), DEFAULTS, Verdict.BUY),
        rule("volume: RSI10 >= 30 needs 0.7 x the average for a pattern's watch",
            day(45, true, 60_000, List.of("hammer"), 100, DipQuality.NONE, 0), DEFAULTS, Verdict.AVOID),
        rule("RSI10 >= 30 with a pattern signal and volume ok: watch",
            day(45, true, 70_000, List.of("hammer"), 100, DipQuality.NONE, 0), DEFAULTS, Verdict.WATCH),
        rule("RSI10 >= 30 without a pattern signal: avoid",
            day(45, true, 100_000, List.of(), 100, DipQuality.NONE, 0), DEFAULTS, Verdict.AVOID),
        rule("an RSI10 still undefined (NaN) is never under a threshold: avoid without patterns",
            day(Double.NaN, false, 100_000, List.of(), 100, DipQuality.NONE, 0), DEFAULTS, Verdict.AVOID),
        rule("chart quality: a score under 50 is avoid whatever the dip",
            day(15, true, 100_000, OVERSOLD, 49.9, DipQuality.EXCELLENT, 0), DEFAULTS, Verdict.AVOID),
        rule("chart quality: a score of exactly 50 passes",
            day(15, true, 100_000, OVERSOLD, 50, DipQuality.EXCELLENT, 0), DEFAULTS, Verdict.STRONG_BUY),
        rule("chart quality off: a bad chart is no reason to avoid",
            day(28, true, 100_000, OVERSOLD, 10, DipQuality.GOOD, 0),
            TradingConfig.fromJson(new JsonObject().put("chart_quality_enabled", false)), Verdict.BUY),
        rule("candle-quality penalty 3 turns strong_buy into buy",
            day(15, true, 100_000, OVERSOLD, 100, DipQuality.EXCELLENT, 3), DEFAULTS, Verdict.BUY),
        rule("candle-quality penalty 5 turns buy into watch",
            day(28, true, 100_000, OVERSOLD, 100, DipQuality.GOOD, 5), DEFAULTS, Verdict.WATCH),
        rule("candle-quality penalty 2 changes nothing",
            day(28, true, 100_000, OVERSOLD, 100, DipQuality.GOOD, 2), DEFAULTS, Verdict.BUY),
        rule("liquidity: an average under min_absolute_avg_volume is never ok",
            new Facts(25, true, 9_000, 9_000, OVERSOLD, 100, DipQuality.GOOD, 0), DEFAULTS, Verdict.AVOID));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void legacyVerdict(String rule, Facts facts, TradingConfig config, Verdict expected) {
    assertThat(LegacyVerdictRules.verdict(facts, config)).as(rule).isEqualTo(expected);
  }
}
