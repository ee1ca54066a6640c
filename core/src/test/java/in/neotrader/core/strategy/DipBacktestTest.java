package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DipBacktestTest {

  private static List<Candle> candles(double... closes) {
    List<Candle> out = new ArrayList<>();
    for (int i = 0; i < closes.length; i++) {
      BigDecimal p = BigDecimal.valueOf(closes[i]);
      out.add(new Candle(LocalDate.parse("2024-01-01").plusDays(i), p, p, p, p, 100_000));
    }
    return out;
  }

  @Test
  void buysTheDipAndSellsAtTheFirstCloseAboveEma9() {
    // 250 closes rising from 100 to 349 (far above EMA200), a sharp fall of 8 x 10, then a jump back.
    double[] c = new double[260];
    for (int i = 0; i < 250; i++) {
      c[i] = 100 + i;
    }
    for (int i = 250; i < 258; i++) {
      c[i] = c[i - 1] - 10;
    }
    c[258] = 340;
    c[259] = 345;

    BacktestResult r = DipBacktest.run(candles(c), TradingConfig.defaults());

    // By hand: after the rise the smoothed gain is 1 and the loss 0. Down day 1: gain 0.9, loss 1.0,
    // RSI 47.4; day 2: gain 0.81, loss 1.9, RSI 29.9 < 30 -> buy at 329. The jump to 340 clears EMA9.
    assertThat(r.trades()).isEqualTo(1);
    assertThat(r.winRatePct()).isEqualTo(100.0);
    assertThat(r.totalReturnPct()).isCloseTo((340.0 / 329.0 - 1) * 100, within(1e-9));
    assertThat(r.buyAndHoldReturnPct()).isCloseTo((345.0 / 300.0 - 1) * 100, within(1e-9));
  }

  @Test
  void tooShortAHistoryHasNoTrades() {
    assertThat(DipBacktest.run(candles(1, 2, 3), TradingConfig.defaults())).isEqualTo(new BacktestResult(0, 0, 0, 0));
  }
}
