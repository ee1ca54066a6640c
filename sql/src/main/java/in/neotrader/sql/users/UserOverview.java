package in.neotrader.sql.users;

import java.time.Instant;

/** A row of the admin's user list: the account and how its trading service is doing. */
public record UserOverview(User user, boolean serviceRunning, Instant lastHeartbeat, String ownerNode, int errorCount,
    String lastError) {
}
