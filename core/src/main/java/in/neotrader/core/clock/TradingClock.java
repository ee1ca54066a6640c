package in.neotrader.core.clock;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The one source of time for trading decisions; every schedule is in Asia/Kolkata. */
public interface TradingClock {

  ZoneId IST = ZoneId.of("Asia/Kolkata");

  Instant now();

  default ZonedDateTime nowIst() {
    return now().atZone(IST);
  }

  /**
   * Real milliseconds to wait until this clock shows {@code target}; 0 when it is already past.
   * Verticles arm Vert.x timers with this value (Vert.x needs at least 1 ms, callers add it).
   */
  long realDelayMillis(Instant target);

  /** The real clock of the host. */
  static TradingClock system() {
    return SystemTradingClock.INSTANCE;
  }

  /**
   * Parses the {@code CLOCK} setting: {@code real}, {@code simulated:<factor>} or
   * {@code simulated:<factor>@<ISO instant or IST local date-time>}. Without a start, the
   * simulated clock starts at the real current instant.
   */
  static TradingClock fromConfig(String value) {
    return ClockSetting.parse(value);
  }
}
