package in.neotrader.core.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * A clock that runs {@code factor} simulated seconds per real second from a chosen start, so a
 * trading day passes in well under a minute. A factor of 0 freezes it: time then moves only by
 * {@link #advanceTo(Instant)}, which is what deterministic tests use.
 */
public final class SimulatedClock implements TradingClock {

  private final double factor;
  private final LongSupplier realNanos;
  private Instant anchorSimulated;
  private long anchorRealNanos;

  public SimulatedClock(Instant start, double factor, LongSupplier realNanos) {
    if (!(factor >= 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("clock factor must be a finite number >= 0, got " + factor);
    }
    this.factor = factor;
    this.realNanos = realNanos;
    this.anchorSimulated = start;
    this.anchorRealNanos = realNanos.getAsLong();
  }

  public SimulatedClock(Instant start, double factor) {
    this(start, factor, System::nanoTime);
  }

  /** A clock that stands still at {@code start} until advanced by hand. */
  public static SimulatedClock frozenAt(Instant start) {
    return new SimulatedClock(start, 0, () -> 0L);
  }

  public double factor() {
    return factor;
  }

  @Override
  public synchronized Instant now() {
    long elapsedReal = realNanos.getAsLong() - anchorRealNanos;
    return anchorSimulated.plusNanos(Math.round(elapsedReal * factor));
  }

  /** Jumps forward to {@code target}; the clock keeps running at its factor from there. */
  public synchronized void advanceTo(Instant target) {
    Instant current = now();
    if (target.isBefore(current)) {
      throw new IllegalArgumentException("simulated clock cannot go back from " + current + " to " + target);
    }
    anchorSimulated = target;
    anchorRealNanos = realNanos.getAsLong();
  }

  public void advanceBy(Duration simulated) {
    advanceTo(now().plus(simulated));
  }

  /** Real milliseconds for a simulated delay (rounded up); a frozen clock never gets there by itself. */
  public long realDelayMillis(Duration simulated) {
    if (simulated.isNegative() || simulated.isZero()) {
      return 0;
    }
    if (factor == 0) {
      throw new IllegalStateException("the simulated clock is frozen: advance it with advanceTo");
    }
    return (long) Math.ceil(simulated.toNanos() / factor / 1_000_000.0);
  }

  @Override
  public long realDelayMillis(Instant target) {
    return realDelayMillis(Duration.between(now(), target));
  }

  @Override
  public String toString() {
    return "simulated:" + factor + "@" + now();
  }
}
