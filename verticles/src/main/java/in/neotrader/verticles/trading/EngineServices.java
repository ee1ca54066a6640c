package in.neotrader.verticles.trading;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.verticles.accounts.TradingAccountFactory;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.metrics.EngineMeters;
import io.vertx.sqlclient.Pool;

/**
 * What every trading verticle of a node shares: the pool, each user's clock and the calendar, the timers, the factory of
 * per-user accounts and the event publisher. Time limits are real milliseconds; a lease lasts {@code leaseSeconds}.
 */
public record EngineServices(Pool pool, UserClocks clocks, NseCalendar calendar, String nodeId, TaskTimers timers,
    TradingAccountFactory accounts, UserEvents events, long taskTimeoutMillis, long stopGraceMillis,
    long outageRetryMillis, int leaseSeconds, EngineMeters meters) {
}
