package in.neotrader.core.strategy;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code dip}: the service's own RSI-dip analysis ({@link SignalAnalysis}), the improved variant of
 * {@code legacy-dip}; docs/STRATEGIES.md lists where the two differ.
 */
public final class DipStrategy implements Strategy {

  public static final String NAME = "dip";

  /** About 800 calendar days of trading, as the legacy EMA200 used. */
  private static final int HISTORY_CANDLES = 560;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int historyCandles() {
    return HISTORY_CANDLES;
  }

  /** Its backtest enters only from the 200th candle, when EMA200 is defined. */
  @Override
  public int backtestWarmUpCandles() {
    return IndicatorSnapshot.MIN_HISTORY;
  }

  @Override
  public Optional<Signal> analyse(PriceHistory history, TradingConfig config) {
    StockInputs in = StockInputs.fromCandles(history.symbol(), history.day(), history.daily());
    return SignalAnalysis.analyse(in, config).map(s -> new Signal(s.symbol(), s.day(), s.verdict(), s.finalVerdict(),
        s.strengthScore(), s.backtestScore(), s.combinedScore(), s.backtestTrades(), s.rsi10(), s.ema9(), s.ema200(),
        s.lastClose(), s.averageVolume(), s.lastVolume(), NAME, Map.of(), explain(s, config)));
  }

  @Override
  public List<Trade> trades(PriceHistory history, LocalDate from, LocalDate to, TradingConfig config) {
    List<Candle> daily = history.daily();
    int first = 0;
    while (first < daily.size() && daily.get(first).day().isBefore(from)) {
      first++;
    }
    int until = first;
    while (until < daily.size() && !daily.get(until).day().isAfter(to)) {
      until++;
    }
    return DipBacktest.trades(history.symbol(), daily.subList(0, until), first, until, config);
  }

  private static List<String> explain(Signal s, TradingConfig config) {
    boolean above = s.lastClose().compareTo(s.ema200()) > 0;
    double threshold = above ? config.rsiOversold() : 20.0;
    List<String> words = new ArrayList<>();
    words.add(String.format("RSI10 %.2f %s the threshold %.0f (close %s EMA200 %s)", s.rsi10(),
        s.rsi10() < threshold ? "below" : "not below", threshold, above ? "above" : "not above", s.ema200()));
    words.add(String.format("volume %d against the 50-day average %.0f", s.lastVolume(), s.averageVolume()));
    words.add(String.format("verdict %s; backtest score %.1f over %d trades, combined %.1f: final %s",
        s.verdict().code(), s.backtestScore(), s.backtestTrades(), s.combinedScore(), s.finalVerdict().code()));
    return words;
  }
}
