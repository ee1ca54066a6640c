package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.marketdata.Candle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandlePatternTest {

  private static Candle candle(int day, String open, String high, String low, String close) {
    return new Candle(LocalDate.parse("2025-03-03").plusDays(day), new BigDecimal(open), new BigDecimal(high),
        new BigDecimal(low), new BigDecimal(close), 1000);
  }

  @Test
  void aLongLowerShadowWithASmallBodyIsAHammer() {
    assertThat(CandlePattern.detect(List.of(candle(0, "100", "101.5", "94", "101"))))
        .containsExactly(CandlePattern.HAMMER);
  }

  @Test
  void aGreenBodyAroundYesterdaysRedBodyIsBullishEngulfing() {
    assertThat(CandlePattern.detect(List.of(candle(0, "105", "106", "99", "100"), candle(1, "99", "107", "98.5", "106"))))
        .containsExactly(CandlePattern.BULLISH_ENGULFING);
  }

  @Test
  void anOrdinaryCandleIsNoPattern() {
    assertThat(CandlePattern.detect(List.of(candle(0, "100", "103", "99", "102")))).isEmpty();
  }
}
