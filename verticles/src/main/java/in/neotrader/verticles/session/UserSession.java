package in.neotrader.verticles.session;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.verticles.accounts.TradingAccount;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/**
 * One user's running service: who, under which lease epoch (carried by every order write), with which
 * settings and account, and whether a kill switch stops its orders ({@link TradingHalts}, shared by every run).
 * Lives inside that user's verticle only. A task run works on its own copy
 * ({@link #forRun}) whose fence it checks before each broker call and write.
 */
public record UserSession(long userId, long leaseEpoch, String nodeId, Vertx vertx, Pool pool, TradingClock clock,
    NseCalendar calendar, TradingConfig config, TradingAccount account, RunFence fence, TradingHalts halts) {

  /** The service's own session: its fence is never cancelled. */
  public UserSession(long userId, long leaseEpoch, String nodeId, Vertx vertx, Pool pool, TradingClock clock,
      NseCalendar calendar, TradingConfig config, TradingAccount account) {
    this(userId, leaseEpoch, nodeId, vertx, pool, clock, calendar, config, account, new RunFence(),
        new TradingHalts(pool, userId));
  }

  /** The session one run works with: its broker calls and writes stop once {@code runFence} is cancelled. */
  public UserSession forRun(RunFence runFence) {
    return new UserSession(userId, leaseEpoch, nodeId, vertx, pool, clock, calendar, config,
        new FencedAccount(account, runFence), runFence, halts);
  }

  /** Passes while this session's run may still write; checked before each write. */
  public Future<Void> mayWrite() {
    return fence.check();
  }
}
