package in.neotrader.core.clock;

import java.time.Duration;
import java.time.Instant;

/** Wall-clock time of the host. */
final class SystemTradingClock implements TradingClock {

  static final SystemTradingClock INSTANCE = new SystemTradingClock();

  private SystemTradingClock() {}

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public long realDelayMillis(Instant target) {
    return TradingClock.millisCeil(Duration.between(now(), target));
  }

  @Override
  public String toString() {
    return "real";
  }
}
