package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.config.TradingConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictRulesTest {

  private static final ChartQuality GOOD_CHART = new ChartQuality(90, 5, 2, 2);
  private static final ChartQuality FLAT_CHART = new ChartQuality(90, 5, 0.5, 2);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // case                              | rsi | close | ema200 | vol    | avgVol  | align | pattern | pe   | pb  | news  | chart | expected
      "dip above EMA200                    | 25  | 110   | 100    | 80000  | 100000  | 0     | false   |      |     |       | good  | BUY",
      "dip above EMA200, aligned           | 25  | 110   | 100    | 80000  | 100000  | 8     | false   |      |     |       | good  | STRONG_BUY",
      "RSI 25 below EMA200 is no dip       | 25  | 90    | 100    | 80000  | 100000  | 8     | false   |      |     |       | good  | AVOID",
      "deep dip below EMA200, no support   | 15  | 90    | 100    | 80000  | 100000  | 0     | false   |      |     |       | good  | WATCH",
      "deep dip below EMA200 with hammer   | 15  | 90    | 100    | 80000  | 100000  | 0     | true    |      |     |       | good  | BUY",
      "deep dip below EMA200, high volume  | 15  | 90    | 100    | 130000 | 100000  | 0     | false   |      |     |       | good  | BUY",
      "dip on thin volume                  | 25  | 110   | 100    | 40000  | 100000  | 0     | false   |      |     |       | good  | AVOID",
      "dip in an illiquid stock            | 25  | 110   | 100    | 9000   | 9000    | 0     | false   |      |     |       | good  | AVOID",
      "no dip, pattern                     | 45  | 110   | 100    | 80000  | 100000  | 0     | true    |      |     |       | good  | WATCH",
      "loss-maker                          | 25  | 110   | 100    | 80000  | 100000  | 0     | true    | -5   | 8   |       | good  | AVOID",
      "growth stock capped at watch        | 25  | 110   | 100    | 80000  | 100000  | 0     | true    | -5   | 3   |       | good  | WATCH",
      "bad news                            | 25  | 110   | 100    | 80000  | 100000  | 0     | false   |      |     | -0.5  | good  | WATCH",
      "flat chart                          | 25  | 110   | 100    | 80000  | 100000  | 8     | false   |      |     |       | flat  | AVOID",
  })
  void followsTheLegacyRules(String name, double rsi, double close, double ema200, long vol, double avgVol, int align,
      boolean pattern, Double pe, Double pb, Double news, String chart, Verdict expected) {
    StockInputs in = new StockInputs("X", LocalDate.parse("2025-03-03"), List.of(),
        Optional.of(chart.equals("good") ? GOOD_CHART : FLAT_CHART), Optional.ofNullable(pe), Optional.ofNullable(pb),
        Optional.of(align), pattern ? Set.of(CandlePattern.HAMMER) : Set.of(), Optional.ofNullable(news));
    IndicatorSnapshot ind = new IndicatorSnapshot(rsi, close, ema200, avgVol, close, vol);

    assertThat(VerdictRules.verdict(in, ind, TradingConfig.defaults())).isEqualTo(expected);
  }
}
