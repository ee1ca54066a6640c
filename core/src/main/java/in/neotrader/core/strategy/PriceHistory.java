package in.neotrader.core.strategy;

import in.neotrader.core.marketdata.Candle;
import java.time.LocalDate;
import java.util.List;

/**
 * What a strategy reads of one stock: its daily candles, oldest first, ending on {@code day}, and the weekly
 * candles built from them (weeks starting Monday, the last one possibly unfinished).
 */
public record PriceHistory(String symbol, LocalDate day, List<Candle> daily, List<Candle> weekly) {

  public PriceHistory {
    daily = List.copyOf(daily);
    weekly = List.copyOf(weekly);
  }

  /** The history ending with the last of {@code daily} (or {@code day} when there are none). */
  public static PriceHistory of(String symbol, LocalDate day, List<Candle> daily) {
    return new PriceHistory(symbol, day, daily, WeeklyCandles.fromDaily(daily));
  }

  /** The same stock seen on an earlier day: the first {@code count} daily candles. */
  public PriceHistory upTo(int count) {
    List<Candle> head = daily.subList(0, count);
    return of(symbol, head.isEmpty() ? day : head.get(count - 1).day(), head);
  }
}
