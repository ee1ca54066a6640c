package in.neotrader.core.calendar;

import in.neotrader.core.clock.TradingClock;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** Where the NSE equity market stands at a moment, as a trader's market clock shows it. */
public enum MarketSession {
  /** 09:00 to 09:15 on a trading day: the pre-open call auction; REGULAR orders trade from 09:15. */
  PRE_OPEN,
  OPEN,
  CLOSED;

  private static final LocalTime PRE_OPEN_FROM = LocalTime.of(9, 0);

  public static MarketSession at(NseCalendar calendar, ZonedDateTime when) {
    ZonedDateTime ist = when.withZoneSameInstant(TradingClock.IST);
    if (calendar.isSessionOpen(ist)) {
      return OPEN;
    }
    LocalTime t = ist.toLocalTime();
    return calendar.isTradingDay(ist.toLocalDate()) && !t.isBefore(PRE_OPEN_FROM) && t.isBefore(NseCalendar.SESSION_OPEN)
        ? PRE_OPEN : CLOSED;
  }

  /** The name the API uses: pre_open, open, closed. */
  public String stored() {
    return name().toLowerCase();
  }
}
