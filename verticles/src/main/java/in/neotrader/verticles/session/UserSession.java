package in.neotrader.verticles.session;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.verticles.accounts.TradingAccount;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/**
 * One user's running service: who, under which lease epoch (carried by every order write), with which
 * settings and account. Lives inside that user's verticle only.
 */
public record UserSession(long userId, long leaseEpoch, String nodeId, Vertx vertx, Pool pool, TradingClock clock,
    NseCalendar calendar, TradingConfig config, TradingAccount account) {
}
