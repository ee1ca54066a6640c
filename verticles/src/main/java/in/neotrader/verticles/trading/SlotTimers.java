package in.neotrader.verticles.trading;

import in.neotrader.core.clock.TradingClock;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The node's scheduler: the actions of every user due at the same instant of the same clock, for the same task,
 * share one timer of {@code slots} (a slot), so 100,000 users cost a timer per (task, slot) instead of eight each.
 * Each user still arms the instant its own schedule gives. When a slot fires, its users' actions start on their own
 * contexts, at most {@code inFlight} running at once, the next starting as one finishes: a burst reaches the pool
 * a batch at a time, and one slow run holds up no one else.
 */
public final class SlotTimers implements TaskTimers {

  /** Users of a slot running at once: enough to keep the pool busy, few enough to queue nothing for long. */
  public static final int IN_FLIGHT = 1_000;

  private record SlotKey(TradingClock clock, Instant at, int order) {}

  /** One user's action in a slot; {@code due} once the slot fired, until the action starts. */
  private static final class Armed {
    final long id;
    final SlotKey key;
    final Context context;
    final Supplier<Future<?>> action;
    boolean due;

    Armed(long id, SlotKey key, Context context, Supplier<Future<?>> action) {
      this.id = id;
      this.key = key;
      this.context = context;
      this.action = action;
    }
  }

  private static final class Slot {
    long timerId;
    final Map<Long, Armed> armed = new LinkedHashMap<>();
  }

  private final TaskTimers slots;
  private final int inFlight;
  private final Map<SlotKey, Slot> byKey = new HashMap<>();
  // Armed and not yet started (or cancelled): what cancel and waiting look up.
  private final Map<Long, Armed> byId = new HashMap<>();
  private long ids;

  public SlotTimers(TaskTimers slots, int inFlight) {
    this.slots = slots;
    this.inFlight = inFlight;
  }

  @Override
  public synchronized long schedule(TradingClock clock, Instant at, int order, Supplier<Future<?>> action) {
    SlotKey key = new SlotKey(clock, at, order);
    Armed armed = new Armed(++ids, key, Vertx.currentContext(), action);
    Slot slot = byKey.get(key);
    if (slot == null) {
      slot = new Slot();
      byKey.put(key, slot);
      slot.timerId = slots.schedule(clock, at, order, () -> fire(key));
    }
    slot.armed.put(armed.id, armed);
    byId.put(armed.id, armed);
    return armed.id;
  }

  @Override
  public synchronized void cancel(long id) {
    Armed armed = byId.remove(id);
    if (armed == null || armed.due) {
      return; // Started already, or due: its fan-out skips an action no longer listed.
    }
    Slot slot = byKey.get(armed.key);
    slot.armed.remove(id);
    if (slot.armed.isEmpty()) {
      byKey.remove(armed.key);
      slots.cancel(slot.timerId);
    }
  }

  /** Whether the slot of {@code id} fired and its action waits its turn to start. */
  @Override
  public synchronized boolean waiting(long id) {
    Armed armed = byId.get(id);
    return armed != null && armed.due;
  }

  /** Slots armed (the timers this node holds for its users' tasks). */
  public synchronized int slotsArmed() {
    return byKey.size();
  }

  private Future<?> fire(SlotKey key) {
    List<Armed> due;
    synchronized (this) {
      Slot slot = byKey.remove(key);
      if (slot == null) {
        return Future.succeededFuture();
      }
      due = new ArrayList<>(slot.armed.values());
      due.forEach(a -> a.due = true);
    }
    return new FanOut(due.iterator()).start();
  }

  /** Starts a fired slot's actions, {@link #inFlight} at a time; done when the last has finished. */
  private final class FanOut {
    private final Iterator<Armed> next;
    private final Promise<Void> done = Promise.promise();
    private int running;

    FanOut(Iterator<Armed> next) {
      this.next = next;
    }

    Future<Void> start() {
      pump();
      return done.future();
    }

    private void pump() {
      List<Armed> starting = new ArrayList<>();
      boolean finished;
      synchronized (SlotTimers.this) {
        while (running < inFlight && next.hasNext()) {
          Armed armed = next.next();
          if (byId.containsKey(armed.id)) {
            running++;
            starting.add(armed);
          }
        }
        finished = running == 0 && !next.hasNext();
      }
      if (finished) {
        done.tryComplete();
      }
      starting.forEach(this::begin);
    }

    private void begin(Armed armed) {
      if (armed.context == null) {
        run(armed);
      } else {
        armed.context.runOnContext(v -> run(armed));
      }
    }

    /** On the user's context, where its cancel also runs: a cancel before this point keeps the action from starting. */
    private void run(Armed armed) {
      boolean listed;
      synchronized (SlotTimers.this) {
        listed = byId.remove(armed.id) != null;
      }
      Future<?> ran;
      try {
        ran = listed ? armed.action.get() : Future.succeededFuture();
      } catch (RuntimeException e) {
        ran = Future.failedFuture(e);
      }
      ran.onComplete(ar -> finished());
    }

    private void finished() {
      synchronized (SlotTimers.this) {
        running--;
      }
      pump();
    }
  }
}
