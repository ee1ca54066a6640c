package in.neotrader.sql.tradingconfig;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A user's strategy settings keyed by column name (rsi_period, user_capital, ...; TRADING_RULES.md §11).
 * Numbers come as JSON numbers: convert money with {@code new BigDecimal(values.getValue(k).toString())}.
 */
public record TradingConfig(long userId, JsonObject values, Instant updatedAt) {
}
