package in.neotrader.verticles.broker.kotak;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Kotak's rate limits for one user (KOTAK_NEO §6): at most {@link KotakSettings#ordersPerSecond()} placements,
 * modifications and cancellations and at most {@link KotakSettings#callsPerSecond()} other calls (order and trade
 * book, holdings, positions, limits, quotes, the two login steps) in any second. A call over the budget waits its
 * turn; it is never refused (see {@link RateWindow}).
 *
 * <p>Why per node is enough for the cluster: a user trades only on the node holding that user's lease, and every
 * write is fenced by the lease epoch, so this governor, which lives with the user's account on that node, is the
 * user's only sender. The lease can change hands within a second, though (a stop releases it and another node may
 * claim it at once). The old holder closes the account first, which drops its waiting calls, and only then releases
 * the lease; the new holder builds its governor after the claim and sends nothing for one window
 * ({@link #afterLeaseTaken}), so the two holders' calls never share a window.
 */
public final class KotakRateGovernor {

  /** Kotak's limits are per second. */
  static final Duration WINDOW = Duration.ofSeconds(1);

  private final RateWindow orders;
  private final RateWindow others;

  private KotakRateGovernor(Vertx vertx, KotakSettings settings, long firstUse) {
    this.orders = new RateWindow(vertx, settings.ordersPerSecond(), WINDOW, firstUse, "order call");
    this.others = new RateWindow(vertx, settings.callsPerSecond(), WINDOW, firstUse, "Kotak call");
  }

  /** For a user whose lease this node has just taken: the previous holder may have spent this second's budget. */
  public static KotakRateGovernor afterLeaseTaken(Vertx vertx, KotakSettings settings) {
    return new KotakRateGovernor(vertx, settings, System.nanoTime() + WINDOW.toNanos());
  }

  /** For a broker used outside the service (no lease, nobody else sending for the account): the budget at once. */
  public static KotakRateGovernor standalone(Vertx vertx, KotakSettings settings) {
    return new KotakRateGovernor(vertx, settings, System.nanoTime());
  }

  /** Sends {@code call} within the order budget when {@code changesOrder}, else within the other-call budget. */
  <T> Future<T> submit(boolean changesOrder, Supplier<Future<T>> call) {
    return (changesOrder ? orders : others).submit(call);
  }

  /** The user's trading stopped on this node: waiting calls fail instead of going out after the lease moved. */
  public void close() {
    orders.close();
    others.close();
  }
}
