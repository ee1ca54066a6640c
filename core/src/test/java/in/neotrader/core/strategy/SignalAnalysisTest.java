package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalAnalysisTest {

  private static List<Candle> candles(int count, double start, double step) {
    List<Candle> out = new ArrayList<>();
    LocalDate day = LocalDate.parse("2024-01-01");
    for (int i = 0; i < count; i++) {
      BigDecimal p = BigDecimal.valueOf(start + i * step);
      out.add(new Candle(day.plusDays(i), p, p.multiply(new BigDecimal("1.01")), p.multiply(new BigDecimal("0.99")), p,
          100_000));
    }
    return out;
  }

  @Test
  void aStockWithLessThanTwoHundredCandlesIsSkipped() {
    List<Candle> short199 = candles(199, 100, 0.1);
    assertThat(SignalAnalysis.analyse(StockInputs.fromCandles("X", LocalDate.now(), short199),
        TradingConfig.defaults())).isEmpty();
  }

  @Test
  void aSteadyRiseIsNoBuy() {
    List<Candle> rising = candles(400, 100, 0.5);
    Signal s = SignalAnalysis.analyse(StockInputs.fromCandles("X", rising.get(399).day(), rising),
        TradingConfig.defaults()).orElseThrow();

    assertThat(s.rsi10()).isEqualTo(100.0);
    assertThat(s.finalVerdict().isBuy()).isFalse();
    assertThat(s.lastClose()).isEqualByComparingTo("299.50");
    assertThat(s.ema200()).isLessThan(s.ema9());
  }
}
