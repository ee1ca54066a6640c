package in.neotrader.verticles.testing;

import in.neotrader.core.clock.SimulatedClock;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.verticles.trading.TaskTimers;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Timers on a frozen simulated clock: {@link #runUntil(Instant)} jumps the clock from one due instant to the
 * next and waits for the actions due there, so a week of schedule runs as fast as the work itself, in order.
 */
public final class SteppedTimers implements TaskTimers {

  private record Entry(long id, Instant at, int order, Context context, Supplier<Future<?>> action) {}

  private final SimulatedClock clock;
  private final AtomicLong ids = new AtomicLong();
  private final TreeSet<Entry> due = new TreeSet<>(Comparator.comparing(Entry::at).thenComparingInt(Entry::order)
      .thenComparingLong(Entry::id));
  // By id, so that stopping thousands of users does not scan every armed timer for each one it cancels.
  private final Map<Long, Entry> byId = new HashMap<>();
  private volatile long perInstantMillis = 60_000;

  public SteppedTimers(SimulatedClock clock) {
    this.clock = clock;
  }

  /** Ignores {@code clock}: every action runs on this stepper's clock, which the fixture's users share. */
  @Override
  public synchronized long schedule(TradingClock clock, Instant at, int order, Supplier<Future<?>> action) {
    long id = ids.incrementAndGet();
    Entry entry = new Entry(id, at, order, Vertx.currentContext(), action);
    due.add(entry);
    byId.put(id, entry);
    return id;
  }

  @Override
  public synchronized void cancel(long id) {
    Entry entry = byId.remove(id);
    if (entry != null) {
      due.remove(entry);
    }
  }

  /** How long the actions due at one instant may take (a benchmark's burst of 100,000 users takes minutes). */
  public void allowPerInstant(java.time.Duration limit) {
    perInstantMillis = limit.toMillis();
  }

  public synchronized int armed() {
    return due.size();
  }

  /** Fires everything due up to {@code target} in time order, then leaves the clock at {@code target}. */
  public void runUntil(Instant target) throws Exception {
    while (true) {
      List<Entry> batch = new ArrayList<>();
      synchronized (this) {
        if (due.isEmpty() || due.first().at().isAfter(target)) {
          break;
        }
        Instant at = due.first().at();
        while (!due.isEmpty() && due.first().at().equals(at)) {
          Entry next = due.pollFirst();
          byId.remove(next.id());
          batch.add(next);
        }
      }
      if (batch.get(0).at().isAfter(clock.now())) {
        clock.advanceTo(batch.get(0).at());
      }
      List<CompletableFuture<Void>> done = new ArrayList<>();
      for (Entry e : batch) {
        CompletableFuture<Void> cf = new CompletableFuture<>();
        done.add(cf);
        e.context().runOnContext(v -> e.action().get().onComplete(ar -> cf.complete(null)));
      }
      CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(perInstantMillis, TimeUnit.MILLISECONDS);
    }
    if (target.isAfter(clock.now())) {
      clock.advanceTo(target);
    }
  }
}
