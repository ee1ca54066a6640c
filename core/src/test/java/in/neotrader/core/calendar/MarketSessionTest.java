package in.neotrader.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.clock.TradingClock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The market clock a trader sees: the pre-open call auction, the session, closed (weekends, holidays, evenings). */
class MarketSessionTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "2025-03-04T08:59, CLOSED",
      "2025-03-04T09:00, PRE_OPEN",
      "2025-03-04T09:14:59, PRE_OPEN",
      "2025-03-04T09:15, OPEN",
      "2025-03-04T15:29:59, OPEN",
      "2025-03-04T15:30, CLOSED",
      "2025-03-08T10:00, CLOSED",
      "2025-03-14T10:00, CLOSED"})
  void theSessionAt(LocalDateTime ist, MarketSession expected) {
    ZonedDateTime at = ist.atZone(TradingClock.IST);
    assertThat(MarketSession.at(NseCalendar.bundled(), at)).isEqualTo(expected);
    assertThat(NseCalendar.bundled().isSessionOpen(at)).isEqualTo(expected == MarketSession.OPEN);
  }
}
