package in.neotrader.sql.service;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One run (or skip) of a daily task; {@code task} is a schema task name such as {@code buy_orders}. */
public record TaskExecution(long id, long userId, String task, LocalDate tradingDay, Instant executedAt,
    TaskOutcome outcome, String reason, BigDecimal durationSeconds, JsonObject details, String nodeId) {
}
