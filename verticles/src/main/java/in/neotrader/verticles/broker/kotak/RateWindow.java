package in.neotrader.verticles.broker.kotak;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerException.Code;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Supplier;

/**
 * At most {@code limit} calls in any window, as the broker counts them: by arrival. We cannot see when a request
 * arrives, only that it was after we let it go and before its answer came back. So there are {@code limit}
 * slots; a call holds one from its start until its answer (or failure), and the slot is free again one window
 * after that. Two calls of one slot then arrive at least a window apart, so any {@code limit + 1} calls span more
 * than a window, whatever the latency, the connection pool or a hanging call do. Calls beyond the budget wait,
 * in order, on a Vert.x timer; none is refused and no thread sleeps.
 */
final class RateWindow {

  private record Waiting(Promise<?> answer, Runnable start) {}

  private final Vertx vertx;
  private final long windowNanos;
  private final String what;
  /** When each idle slot may be used again (System.nanoTime); the slots in use are not in here. */
  private final PriorityQueue<Long> freeAt = new PriorityQueue<>();
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
  private long timerId = -1;
  private boolean closed;

  /** @param firstUse when the slots may first be used (System.nanoTime): later than now to wait out a handover */
  RateWindow(Vertx vertx, int limit, Duration window, long firstUse, String what) {
    if (limit < 1) {
      throw new IllegalArgumentException(what + ": the limit must be >= 1");
    }
    this.vertx = vertx;
    this.windowNanos = window.toNanos();
    this.what = what;
    for (int i = 0; i < limit; i++) {
      freeAt.add(firstUse);
    }
  }

  /** Runs {@code call} as soon as the budget allows, after every call submitted before it. */
  <T> Future<T> submit(Supplier<Future<T>> call) {
    Promise<T> answer = Promise.promise();
    synchronized (this) {
      if (closed) {
        return Future.failedFuture(closedFailure());
      }
      waiting.add(new Waiting(answer, () -> start(call, answer)));
    }
    drain();
    return answer.future();
  }

  /** Calls still waiting fail (their user's trading stopped here); calls on the wire finish. */
  void close() {
    List<Waiting> dropped;
    synchronized (this) {
      closed = true;
      dropped = new ArrayList<>(waiting);
      waiting.clear();
      if (timerId >= 0) {
        vertx.cancelTimer(timerId);
        timerId = -1;
      }
    }
    dropped.forEach(w -> w.answer().tryFail(closedFailure()));
  }

  /** Starts the waiting calls whose slot is free, outside the lock; arms one timer for the next free slot. */
  private void drain() {
    List<Runnable> ready = new ArrayList<>();
    synchronized (this) {
      long now = System.nanoTime();
      while (!waiting.isEmpty() && !freeAt.isEmpty() && freeAt.peek() <= now) {
        freeAt.poll();
        ready.add(waiting.poll().start());
      }
      // With every slot in use no timer is needed: the next answer frees one and drains.
      if (!waiting.isEmpty() && !freeAt.isEmpty() && timerId < 0) {
        long delayMillis = Math.max(1, (freeAt.peek() - now + 999_999) / 1_000_000);
        timerId = vertx.setTimer(delayMillis, id -> {
          synchronized (this) {
            timerId = -1;
          }
          drain();
        });
      }
    }
    ready.forEach(Runnable::run);
  }

  private <T> void start(Supplier<Future<T>> call, Promise<T> answer) {
    Future<T> sent;
    try {
      sent = call.get();
    } catch (RuntimeException failure) {
      sent = Future.failedFuture(failure);
    }
    sent.onComplete(result -> {
      synchronized (this) {
        freeAt.add(System.nanoTime() + windowNanos);
      }
      drain();
      answer.handle(result);
    });
  }

  private BrokerException closedFailure() {
    return new BrokerException(Code.UNAVAILABLE, what + ": not sent, this user's Kotak account was closed here");
  }
}
