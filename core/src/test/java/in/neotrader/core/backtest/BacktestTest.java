package in.neotrader.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.strategy.PriceHistory;
import in.neotrader.core.strategy.Signal;
import in.neotrader.core.strategy.Strategy;
import in.neotrader.core.strategy.Trade;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Trades sized by the capital per trade, taken in the order they closed: P&L, win rate, drawdown. */
class BacktestTest {

  private static final LocalDate D = LocalDate.parse("2025-01-06");
  private static final TradingConfig CAPITAL_10K = TradingConfig.fromJson(new JsonObject().put("user_capital", 10000));

  /** A strategy whose trades per symbol are given: the backtest's arithmetic alone is under test. */
  private static Strategy trading(Map<String, List<Trade>> bySymbol) {
    return new Strategy() {
      @Override
      public String name() {
        return "given";
      }

      @Override
      public int historyCandles() {
        return 1;
      }

      @Override
      public int backtestWarmUpCandles() {
        return 0;
      }

      @Override
      public Optional<Signal> analyse(PriceHistory history, TradingConfig config) {
        return Optional.empty();
      }

      @Override
      public List<Trade> trades(PriceHistory history, LocalDate from, LocalDate to, TradingConfig config) {
        return bySymbol.getOrDefault(history.symbol(), List.of());
      }
    };
  }

  private static Trade trade(String symbol, int entryDay, double entry, int exitDay, double exit) {
    return new Trade(symbol, D.plusDays(entryDay), entry, D.plusDays(exitDay), exit, "test", false);
  }

  private static PriceHistory history(String symbol, LocalDate... days) {
    List<Candle> candles = java.util.Arrays.stream(days).map(d -> new Candle(d, BigDecimal.TEN, BigDecimal.TEN,
        BigDecimal.TEN, BigDecimal.TEN, 1)).toList();
    return PriceHistory.of(symbol, days.length == 0 ? D : days[days.length - 1], candles);
  }

  @Test
  void eachTradeBuysTheCapitalPerTradeAndTheReportAddsThemUpInClosingOrder() {
    Strategy s = trading(Map.of(
        "AAA", List.of(trade("AAA", 0, 100, 5, 110), trade("AAA", 10, 100, 20, 90)),
        "BBB", List.of(trade("BBB", 2, 333.333, 8, 300))));

    BacktestReport r = Backtest.run(s, List.of(history("AAA", D, D.plusDays(30)), history("BBB", D.plusDays(1))),
        D, D.plusDays(30), CAPITAL_10K);

    assertThat(r.trades()).extracting(t -> t.trade().symbol()).containsExactly("AAA", "BBB", "AAA");
    assertThat(r.trades()).extracting(BacktestReport.SizedTrade::quantity).containsExactly(100, 30, 100);
    assertThat(r.trades().get(1).entryPrice()).isEqualByComparingTo("333.33");
    assertThat(r.trades()).extracting(BacktestReport.SizedTrade::pnl).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("1000"), new BigDecimal("-999.90"), new BigDecimal("-1000"));
    assertThat(r.pnl()).isEqualByComparingTo("-999.90");
    assertThat(r.wins()).isEqualTo(1);
    assertThat(r.winRatePct()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(r.returnPct()).isCloseTo(100 * -999.90 / (10000 + 9999.90 + 10000), within(1e-9));
    assertThat(r.maxDrawdown()).as("from +1000 to -999.90").isEqualByComparingTo("1999.90");
    assertThat(r.maxDrawdownPct()).isCloseTo(100 * 1999.90 / (10000 + 9999.90 + 10000), within(1e-9));
  }

  @Test
  void aSymbolWithoutCandlesInTheRangeIsSkippedWithTheReason() {
    BacktestReport r = Backtest.run(trading(Map.of()), List.of(history("OLD", D.minusDays(10)), history("NONE")),
        D, D.plusDays(5), CAPITAL_10K);

    assertThat(r.trades()).isEmpty();
    assertThat(r.skipped()).containsExactly("OLD: no stored candles from 2025-01-06 to 2025-01-11",
        "NONE: no stored candles from 2025-01-06 to 2025-01-11");
    assertThat(r.pnl()).isEqualByComparingTo("0");
    assertThat(r.maxDrawdown()).isEqualByComparingTo("0");
    assertThat(r.winRatePct()).isZero();
  }

  @Test
  void aPriceAboveTheCapitalStillBuysTheMinimumQuantity() {
    Strategy s = trading(Map.of("MRF", List.of(trade("MRF", 0, 150000, 3, 151000))));

    BacktestReport r = Backtest.run(s, List.of(history("MRF", D)), D, D.plusDays(5), CAPITAL_10K);

    assertThat(r.trades()).singleElement().satisfies(t -> assertThat(t.quantity()).isEqualTo(1));
    assertThat(r.pnl()).isEqualByComparingTo("1000");
  }
}
