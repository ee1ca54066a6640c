package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.backtest.Backtest;
import in.neotrader.core.backtest.BacktestReport;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.strategy.example.BreakoutStrategy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strategies by name; a third one is its own package plus one registration (here the test's BreakoutStrategy). */
class StrategyRegistryTest {

  private static final TradingConfig CONFIG = TradingConfig.defaults();

  /** 30 flat closes at 100, 5 up to 110, 10 down to 90. */
  private static PriceHistory breakoutAndFall() {
    List<Candle> out = new ArrayList<>();
    LocalDate day = LocalDate.parse("2025-01-01");
    double[] closes = new double[45];
    for (int i = 0; i < 45; i++) {
      closes[i] = i < 30 ? 100 + (i % 2) * 0.5 : i < 35 ? 100 + 2 * (i - 29) : 110 - 2 * (i - 34);
      BigDecimal p = BigDecimal.valueOf(closes[i]);
      out.add(new Candle(day.plusDays(i), p, p.add(BigDecimal.ONE), p.subtract(BigDecimal.ONE), p, 50_000));
    }
    return PriceHistory.of("BRK", out.get(44).day(), out);
  }

  @Test
  void theProductRegistersDipAndLegacyDip() {
    assertThat(StrategyRegistry.standard().names()).containsExactly("dip", "legacy-dip");
    assertThat(StrategyRegistry.standard().get(StrategyRegistry.DEFAULT)).isInstanceOf(DipStrategy.class);
  }

  @Test
  void aThirdStrategyRunsByNameOnceRegistered() {
    StrategyRegistry registry = StrategyRegistry.standard().with(new BreakoutStrategy());
    PriceHistory h = breakoutAndFall();
    Strategy strategy = registry.get("breakout");

    Signal signal = strategy.analyse(h.upTo(31), CONFIG).orElseThrow();
    assertThat(signal.finalVerdict()).isEqualTo(Verdict.BUY);
    assertThat(signal.strategy()).isEqualTo("breakout");
    assertThat(signal.explanation()).singleElement().asString().contains("20-day high");
    assertThat(strategy.analyse(h, CONFIG).orElseThrow().finalVerdict()).isEqualTo(Verdict.AVOID);

    BacktestReport report = Backtest.run(strategy, List.of(h), h.daily().get(0).day(), h.day(), CONFIG);
    assertThat(report.strategy()).isEqualTo("breakout");
    assertThat(report.trades()).singleElement().satisfies(t -> {
      assertThat(t.entryPrice()).isEqualByComparingTo("102.00");
      assertThat(t.trade().exitReason()).isEqualTo("close below the 10-day low");
    });
    assertThat(StrategyRegistry.standard().find("breakout")).as("the product's registry is unchanged").isEmpty();
  }

  @Test
  void aNameIsRegisteredOnceAndAnUnknownNameSaysWhichAreKnown() {
    assertThatThrownBy(() -> StrategyRegistry.standard().with(new DipStrategy()))
        .hasMessageContaining("dip is already registered");
    assertThatThrownBy(() -> StrategyRegistry.standard().get("martingale"))
        .hasMessage("unknown strategy 'martingale' (known: dip, legacy-dip)");
  }
}
