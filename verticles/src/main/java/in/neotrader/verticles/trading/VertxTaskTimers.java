package in.neotrader.verticles.trading;

import in.neotrader.core.clock.TradingClock;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.function.Supplier;

/** One Vert.x timer per armed action; its delay is the clock's real delay (a simulated clock shortens it). */
public final class VertxTaskTimers implements TaskTimers {

  private final Vertx vertx;

  public VertxTaskTimers(Vertx vertx) {
    this.vertx = vertx;
  }

  @Override
  public long schedule(TradingClock clock, Instant at, int order, Supplier<Future<?>> action) {
    // Vert.x refuses delays below 1 ms.
    return vertx.setTimer(Math.max(1, clock.realDelayMillis(at)), id -> action.get());
  }

  @Override
  public void cancel(long id) {
    vertx.cancelTimer(id);
  }
}
