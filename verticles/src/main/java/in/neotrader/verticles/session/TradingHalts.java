package in.neotrader.verticles.session;

import in.neotrader.sql.risk.TradingHalt;
import in.neotrader.sql.risk.TradingHaltRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.Optional;

/**
 * Whether a kill switch stops this user's new orders. The stored switches are read before each batch of orders
 * (so a restart, a failover or a missed message changes nothing), and a switch set while a batch is being sent
 * takes effect at its next order: the web API tells the user's verticle, which sets it here before answering, so no
 * order leaves after the switch is acknowledged.
 */
public final class TradingHalts {

  private final TradingHaltRepository halts;
  private final long userId;
  private volatile Optional<String> reason = Optional.empty();

  TradingHalts(Pool pool, long userId) {
    this.halts = new TradingHaltRepository(pool);
    this.userId = userId;
  }

  /** Why new orders are refused right now, as last known; empty while trading is allowed. */
  public Optional<String> reason() {
    return reason;
  }

  /** Takes effect at once, before the stored switch is read again. */
  public void halt(String why) {
    reason = Optional.of(why);
  }

  /** Reads the stored switches: a cleared one lifts the halt, a set one (on any node) applies. */
  public Future<Optional<String>> refresh() {
    return halts.applyingTo(userId).map(active -> {
      reason = active.stream().findFirst().map(TradingHalt::describe);
      return reason;
    });
  }
}
