package in.neotrader.web;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Reads until a condition holds: tests wait on the engine's work as it happens, not on a guessed sleep. */
public final class Eventually {
  private Eventually() {
  }

  public static <T> T until(Supplier<T> read, Predicate<T> done, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    T last = read.get();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + limit + "; last reading: " + last);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      last = read.get();
    }
    return last;
  }
}
