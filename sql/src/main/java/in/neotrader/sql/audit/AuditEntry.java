package in.neotrader.sql.audit;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** Who did what to whom. A null actor is the system; a null target is an action on nobody in particular. */
public record AuditEntry(long id, Long actorUserId, Long targetUserId, String action, JsonObject details, Instant at,
    String remoteAddress, String userAgent) {
}
