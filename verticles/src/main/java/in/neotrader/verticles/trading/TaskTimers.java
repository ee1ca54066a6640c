package in.neotrader.verticles.trading;

import in.neotrader.core.clock.TradingClock;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Fires actions at trading-clock instants. Production arms Vert.x timers from the given clock (each user's
 * own); tests substitute a stepper that moves a frozen simulated clock from one due instant to the next.
 */
public interface TaskTimers {

  /**
   * Runs {@code action} on the caller's context when {@code clock} reaches {@code at}. Actions due at the
   * same instant run in ascending {@code order}.
   */
  long schedule(TradingClock clock, Instant at, int order, Supplier<Future<?>> action);

  void cancel(long id);

  /** Whether {@code id} is due and waits its turn to start (a fired slot starts its users a batch at a time). */
  default boolean waiting(long id) {
    return false;
  }
}
