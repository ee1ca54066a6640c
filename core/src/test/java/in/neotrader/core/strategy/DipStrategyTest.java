package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dip strategy is the existing analysis behind the port: the same signal, plus its name and words. */
class DipStrategyTest {

  private static final TradingConfig CONFIG = TradingConfig.defaults();
  private final DipStrategy dip = new DipStrategy();

  /** 250 closes rising from 100, eight falls of 10, then 340 and 345 (DipBacktestTest's history). */
  private static List<Candle> dipAndRecovery() {
    double[] c = new double[260];
    for (int i = 0; i < 250; i++) {
      c[i] = 100 + i;
    }
    for (int i = 250; i < 258; i++) {
      c[i] = c[i - 1] - 10;
    }
    c[258] = 340;
    c[259] = 345;
    List<Candle> out = new ArrayList<>();
    for (int i = 0; i < c.length; i++) {
      BigDecimal p = BigDecimal.valueOf(c[i]);
      out.add(new Candle(LocalDate.parse("2024-01-01").plusDays(i), p, p.add(BigDecimal.ONE),
          p.subtract(BigDecimal.ONE), p, 100_000));
    }
    return out;
  }

  @Test
  void theSignalIsTheExistingAnalysisNamedDipWithItsExplanation() {
    for (int end : new int[] {252, 255, 258, 260}) {
      List<Candle> candles = dipAndRecovery().subList(0, end);
      LocalDate day = candles.get(end - 1).day();
      Signal existing = SignalAnalysis.analyse(StockInputs.fromCandles("X", day, candles), CONFIG).orElseThrow();
      Signal ported = dip.analyse(PriceHistory.of("X", day, candles), CONFIG).orElseThrow();

      assertThat(ported).usingRecursiveComparison().ignoringFields("explanation").isEqualTo(existing);
      assertThat(ported.strategy()).isEqualTo("dip");
      assertThat(ported.explanation()).hasSize(3).first().asString().startsWith("RSI10 ");
    }
  }

  @Test
  void itsTradesAreTheBacktestsEntriesAndExitsWithinTheRange() {
    List<Candle> candles = dipAndRecovery();
    PriceHistory h = PriceHistory.of("X", candles.get(259).day(), candles);

    List<Trade> all = dip.trades(h, candles.get(0).day(), candles.get(259).day(), CONFIG);
    assertThat(all).singleElement().satisfies(t -> {
      assertThat(t.entryPrice()).isEqualTo(329.0);
      assertThat(t.exitPrice()).isEqualTo(340.0);
      assertThat(t.entryDay()).isEqualTo(candles.get(251).day());
      assertThat(t.open()).isFalse();
    });
    assertThat(dip.trades(h, candles.get(252).day(), candles.get(259).day(), CONFIG)).singleElement()
        .as("a range starting later enters on its own first oversold day")
        .satisfies(t -> assertThat(t.entryPrice()).isEqualTo(319.0));
    assertThat(dip.trades(h, candles.get(258).day(), candles.get(259).day(), CONFIG)).isEmpty();
    assertThat(dip.trades(h, candles.get(0).day(), candles.get(255).day(), CONFIG)).singleElement()
        .satisfies(t -> assertThat(t.open()).as("still held when the range ends").isTrue());
  }
}
