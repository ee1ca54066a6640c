package in.neotrader.verticles.trading;

import in.neotrader.core.clock.TradingClock;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import java.time.Instant;
import java.util.function.Supplier;

/** One Vert.x timer per armed action; its delay is the clock's real delay (a simulated clock shortens it). */
public final class VertxTaskTimers implements TaskTimers {

  private final Vertx vertx;
  private final boolean outliveVerticles;

  private VertxTaskTimers(Vertx vertx, boolean outliveVerticles) {
    this.vertx = vertx;
    this.outliveVerticles = outliveVerticles;
  }

  /** Timers cancelled with the verticle that armed them (Vert.x's own rule). */
  public VertxTaskTimers(Vertx vertx) {
    this(vertx, false);
  }

  /**
   * Timers that outlive the verticle that armed them: a slot of {@link SlotTimers} is shared by many users and must
   * not go when the first of them stops; SlotTimers cancels it when its last user leaves.
   */
  public static VertxTaskTimers outlivingVerticles(Vertx vertx) {
    return new VertxTaskTimers(vertx, true);
  }

  @Override
  public long schedule(TradingClock clock, Instant at, int order, Supplier<Future<?>> action) {
    // Vert.x refuses delays below 1 ms.
    long delay = Math.max(1, clock.realDelayMillis(at));
    return outliveVerticles ? ((ContextInternal) vertx.getOrCreateContext()).setTimer(delay, id -> action.get())
        : vertx.setTimer(delay, id -> action.get());
  }

  @Override
  public void cancel(long id) {
    vertx.cancelTimer(id);
  }
}
