package in.neotrader.verticles.accounts;

import in.neotrader.core.clock.TradingClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The engine's trading clock as a {@link Clock}, for the Kotak adapter: its TOTP codes and placement times must
 * follow the same (possibly simulated) time as the tasks that place the orders.
 */
final class TradingClockAsClock extends Clock {

  private final TradingClock clock;

  TradingClockAsClock(TradingClock clock) {
    this.clock = clock;
  }

  @Override
  public ZoneId getZone() {
    return TradingClock.IST;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    // Instants do not depend on the zone, and the adapter only reads instants.
    return this;
  }

  @Override
  public Instant instant() {
    return clock.now();
  }
}
