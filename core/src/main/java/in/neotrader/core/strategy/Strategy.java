package in.neotrader.core.strategy;

import in.neotrader.core.config.TradingConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A way of turning a stock's prices and the user's settings into the day's signal (verdict, scores and the words
 * that explain them) and into the entries and exits a backtest replays. Implementations hold no state: one
 * instance serves every user and thread. Registered by name in {@link StrategyRegistry}.
 */
public interface Strategy {

  /** The name a trading config selects it by (lower case, stored with every signal). */
  String name();

  /** How many daily candles before and including the day the analysis reads. */
  int historyCandles();

  /** How many daily candles before a backtest's first day its indicators need to be what they would be then. */
  int backtestWarmUpCandles();

  /** The signal of {@code history}'s last day; empty when the strategy does not analyse so short a history. */
  Optional<Signal> analyse(PriceHistory history, TradingConfig config);

  /**
   * The trades the strategy would have made entering on days from {@code from} to {@code to} (inclusive) of
   * {@code history}; a trade still open on the last candle is closed at its close, marked {@link Trade#open()}.
   */
  List<Trade> trades(PriceHistory history, LocalDate from, LocalDate to, TradingConfig config);

  /** The day's signals that buy_orders buys, in the order it buys them. */
  default List<Signal> buyOrder(List<Signal> signals, double minCombinedScore) {
    return Recommendations.select(signals, minCombinedScore);
  }
}
