package in.neotrader.verticles.accounts;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.sql.settings.TradingProfile;
import in.neotrader.verticles.events.UserEvents;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/**
 * Everything a factory may need to open one user's account; credentials stay encrypted in the profile. A broker
 * account reports its session state on {@code events}.
 */
public record AccountRequest(Vertx vertx, Pool pool, long userId, TradingProfile profile, TradingConfig config,
    TradingClock clock, NseCalendar calendar, UserEvents events) {
}
