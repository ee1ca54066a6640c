package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.marketdata.Candle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyCandlesTest {

  private static Candle day(String date, double open, double high, double low, double close, long volume) {
    return new Candle(LocalDate.parse(date), BigDecimal.valueOf(open), BigDecimal.valueOf(high),
        BigDecimal.valueOf(low), BigDecimal.valueOf(close), volume);
  }

  @Test
  void weeksStartOnMondayAndAggregateTheirSessions() {
    List<Candle> daily = List.of(
        day("2025-03-06", 10, 11, 9, 10.5, 100),   // Thursday
        day("2025-03-07", 10.5, 12, 10, 11, 200),  // Friday
        day("2025-03-11", 11, 13, 10.5, 12, 300),  // Tuesday (Monday a holiday)
        day("2025-03-13", 12, 12.5, 8, 9, 400),    // Thursday
        day("2025-03-17", 9, 9.5, 8.5, 9.2, 500)); // Monday

    List<Candle> weekly = WeeklyCandles.fromDaily(daily);

    assertThat(weekly).containsExactly(
        day("2025-03-03", 10, 12, 9, 11, 300),
        day("2025-03-10", 11, 13, 8, 9, 700),
        day("2025-03-17", 9, 9.5, 8.5, 9.2, 500));
  }

  @Test
  void aPriceHistoryCarriesTheWeeksOfItsDays() {
    List<Candle> daily = List.of(day("2025-03-07", 10, 11, 9, 10.5, 100), day("2025-03-10", 10, 11, 9, 10, 100));

    PriceHistory h = PriceHistory.of("TCS", LocalDate.parse("2025-03-10"), daily);

    assertThat(h.weekly()).extracting(Candle::day)
        .containsExactly(LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-10"));
    assertThat(h.upTo(1).day()).isEqualTo(LocalDate.parse("2025-03-07"));
    assertThat(h.upTo(1).weekly()).hasSize(1);
  }

  @Test
  void noDaysNoWeeks() {
    assertThat(WeeklyCandles.fromDaily(List.of())).isEmpty();
  }
}
