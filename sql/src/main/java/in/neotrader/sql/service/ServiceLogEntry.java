package in.neotrader.sql.service;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** A line of a user's service log, shown to that user; {@code task} is null for lines outside a task. */
public record ServiceLogEntry(long id, long userId, Instant at, LogLevel level, String task, String message,
    JsonObject context) {
}
