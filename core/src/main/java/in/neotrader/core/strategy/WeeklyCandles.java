package in.neotrader.core.strategy;

import in.neotrader.core.marketdata.Candle;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Weekly bars from daily ones, as the legacy's weekly Yahoo series: weeks start on Monday. */
public final class WeeklyCandles {

  private WeeklyCandles() {}

  /**
   * One candle per calendar week holding trading days: dated the week's Monday, open of its first day, close of
   * its last, highest high, lowest low, summed volume.
   */
  public static List<Candle> fromDaily(List<Candle> daily) {
    List<Candle> weeks = new ArrayList<>();
    int i = 0;
    while (i < daily.size()) {
      LocalDate monday = monday(daily.get(i).day());
      Candle first = daily.get(i);
      BigDecimal high = first.high();
      BigDecimal low = first.low();
      long volume = 0;
      Candle last = first;
      while (i < daily.size() && monday(daily.get(i).day()).equals(monday)) {
        last = daily.get(i);
        high = high.max(last.high());
        low = low.min(last.low());
        volume += last.volume();
        i++;
      }
      weeks.add(new Candle(monday, first.open(), high, low, last.close(), volume));
    }
    return weeks;
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
