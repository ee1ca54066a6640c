package in.neotrader.core.strategy.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The chart-quality score of TRADING_RULES §3.7, rule by rule. */
class LegacyChartQualityTest {

  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private static LegacyChartQuality of(SeriesBuilder b) {
    LegacySeries s = new LegacySeries(b.candles(), 10);
    return LegacyChartQuality.at(s, s.size() - 1);
  }

  /** 80 sessions rising 0.5 % a day: no gaps, ranges near 2 %, a 60-day range over 15 %. */
  private static SeriesBuilder clean() {
    return new SeriesBuilder(START).move(80, 0.5);
  }

  @Test
  void aCleanChartScores100() {
    assertThat(of(clean()).score()).isEqualTo(100);
  }

  @Test
  void aGapIsALowAboveThePreviousCloseOrAHighBelowItCountedOver60Days() {
    SeriesBuilder b = clean();
    for (int i = 0; i < 10; i++) {
      double c = b.lastClose();
      b.candle(c * 1.03, c * 1.05, c * 1.02, c * 1.04, 100_000);
    }
    b.candle(b.lastClose() * 1.02, b.lastClose() * 1.03, b.lastClose() * 0.99, b.lastClose() * 1.01, 100_000);
    LegacyChartQuality q = of(b);
    assertThat(q.gapPct()).as("an open above the previous close that trades back through it is no gap")
        .isCloseTo(100.0 * 10 / 60, within(1e-9));
    assertThat(q.score()).as("over 15 %: -15").isEqualTo(85);
  }

  @Test
  void theGapCountIsDividedBy60EvenOnAShortHistory() {
    SeriesBuilder b = new SeriesBuilder(START).move(20, 0.5);
    double c = b.lastClose();
    b.candle(c * 0.95, c * 0.97, c * 0.94, c * 0.96, 100_000);
    assertThat(of(b).gapPct()).isCloseTo(100.0 / 60, within(1e-9));
  }

  @Test
  void gapsOver25PercentCost30PointsAndTheHardLimitIsNotAppliedSeparately() {
    SeriesBuilder b = clean();
    for (int i = 0; i < 16; i++) {
      double c = b.lastClose();
      b.candle(c * 1.02, c * 1.04, c * 1.01, c * 1.03, 100_000);
    }
    LegacyChartQuality q = of(b);
    assertThat(q.gapPct()).isGreaterThan(25);
    assertThat(q.score()).isEqualTo(70);
    assertThat(q.passes(50)).as("§3.3's 25 % gap limit would avoid it; the legacy only scores").isTrue();
  }

  @Test
  void flatNeedsBothANarrowDayRangeAndANarrow60DayRange() {
    SeriesBuilder flat = new SeriesBuilder(START);
    for (int i = 0; i < 80; i++) {
      double c = flat.lastClose();
      flat.candle(c, c * 1.003, c * 0.997, c * 1.0005, 100_000);
    }
    assertThat(of(flat).score()).as("range 0.6 % a day, 4 % in 60 days: flat").isEqualTo(75);
    SeriesBuilder narrowDaysTrending = new SeriesBuilder(START);
    for (int i = 0; i < 80; i++) {
      double c = narrowDaysTrending.lastClose();
      narrowDaysTrending.candle(c, c * 1.006, c * 0.999, c * 1.005, 100_000);
    }
    LegacyChartQuality q = of(narrowDaysTrending);
    assertThat(q.avgRangePct()).isLessThan(1.0);
    assertThat(q.priceRangePct()).isGreaterThan(15.0);
    assertThat(q.score()).as("not flat: only the lesser band [assumed]").isEqualTo(90);
  }

  @Test
  void anExtremeCandleHasABodyOver5PercentOrOver3TimesTheAverageRangeCountedOver30Days() {
    SeriesBuilder b = clean();
    for (int i = 0; i < 4; i++) {
      double c = b.lastClose();
      b.candle(c, c * 1.065, c * 0.999, c * 1.06, 100_000);
    }
    LegacyChartQuality q = of(b);
    assertThat(q.extremePct()).isCloseTo(100.0 * 4 / 30, within(1e-9));
    assertThat(q.score()).as("over 10 %: -15 [assumed band]").isEqualTo(85);
  }
}
