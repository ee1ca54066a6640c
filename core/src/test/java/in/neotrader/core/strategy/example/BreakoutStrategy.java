package in.neotrader.core.strategy.example;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.strategy.PriceHistory;
import in.neotrader.core.strategy.Signal;
import in.neotrader.core.strategy.Strategy;
import in.neotrader.core.strategy.Trade;
import in.neotrader.core.strategy.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A third strategy written against the port alone (this package plus one registration): buy a close above the
 * highest close of the 20 sessions before, sell the first close below the lowest close of the 10 before.
 * An example for the tests, not part of the product.
 */
public final class BreakoutStrategy implements Strategy {

  public static final String NAME = "breakout";
  private static final int ENTRY_LOOKBACK = 20;
  private static final int EXIT_LOOKBACK = 10;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int historyCandles() {
    return ENTRY_LOOKBACK + 1;
  }

  @Override
  public int backtestWarmUpCandles() {
    return ENTRY_LOOKBACK;
  }

  @Override
  public Optional<Signal> analyse(PriceHistory history, TradingConfig config) {
    List<Candle> d = history.daily();
    if (d.size() <= ENTRY_LOOKBACK) {
      return Optional.empty();
    }
    int t = d.size() - 1;
    double high = highest(d, t - ENTRY_LOOKBACK, t);
    boolean breakout = close(d, t) > high;
    Verdict v = breakout ? Verdict.BUY : Verdict.AVOID;
    BigDecimal last = d.get(t).close();
    return Optional.of(new Signal(history.symbol(), history.day(), v, v, breakout ? 10 : -1, 0, breakout ? 50 : 0, 0,
        Double.NaN, last, last, last, d.get(t).volume(), d.get(t).volume(), NAME, Map.of("breakoutLevel", high),
        List.of(String.format("close %s against the 20-day high %.2f", last, high))));
  }

  @Override
  public List<Trade> trades(PriceHistory history, LocalDate from, LocalDate to, TradingConfig config) {
    List<Candle> d = history.daily().stream().filter(c -> !c.day().isAfter(to)).toList();
    List<Trade> trades = new ArrayList<>();
    int entry = -1;
    for (int t = ENTRY_LOOKBACK; t < d.size(); t++) {
      if (entry < 0 && !d.get(t).day().isBefore(from) && close(d, t) > highest(d, t - ENTRY_LOOKBACK, t)) {
        entry = t;
      } else if (entry >= 0 && (close(d, t) < lowest(d, t - EXIT_LOOKBACK, t) || t == d.size() - 1)) {
        boolean open = close(d, t) >= lowest(d, t - EXIT_LOOKBACK, t);
        trades.add(new Trade(history.symbol(), d.get(entry).day(), close(d, entry), d.get(t).day(), close(d, t),
            open ? "end of range" : "close below the 10-day low", open));
        entry = -1;
      }
    }
    return trades;
  }

  private static double close(List<Candle> d, int i) {
    return d.get(i).close().doubleValue();
  }

  private static double highest(List<Candle> d, int from, int until) {
    return d.subList(from, until).stream().mapToDouble(c -> c.close().doubleValue()).max().orElseThrow();
  }

  private static double lowest(List<Candle> d, int from, int until) {
    return d.subList(from, until).stream().mapToDouble(c -> c.close().doubleValue()).min().orElseThrow();
  }
}
