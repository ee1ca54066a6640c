package in.neotrader.sql.notify;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** One message waiting in the outbox for its channel. */
public record OutboxMessage(long id, long channelId, long userId, String kind, JsonObject payload, Instant createdAt,
    int attempts) {
}
