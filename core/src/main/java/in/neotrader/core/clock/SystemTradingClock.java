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
    Duration d = Duration.between(now(), target);
    if (d.isNegative() || d.isZero()) {
      return 0;
    }
    long ms = d.toMillis();
    return d.minusMillis(ms).isZero() ? ms : ms + 1;
  }

  @Override
  public String toString() {
    return "real";
  }
}
