package in.neotrader.verticles.trading;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Fires actions at trading-clock instants. Production arms Vert.x timers from the injected clock; tests
 * substitute a stepper that moves a frozen simulated clock from one due instant to the next.
 */
public interface TaskTimers {

  /**
   * Runs {@code action} on the caller's context when the trading clock reaches {@code at}. Actions due at the
   * same instant run in ascending {@code order}.
   */
  long schedule(Instant at, int order, Supplier<Future<?>> action);

  void cancel(long id);
}
