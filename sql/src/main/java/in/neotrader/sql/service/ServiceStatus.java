package in.neotrader.sql.service;

import java.time.Instant;

/** Whether a user's trading service should run, which node owns it (the lease), and how it is doing. */
public record ServiceStatus(long userId, boolean running, Instant lastHeartbeat, Instant lastTaskExecution,
    int errorCount, String lastError, String nodeId, String ownerNode, Instant leaseUntil, long leaseEpoch,
    Instant startedAt, Instant stoppedAt, Instant updatedAt) {
}
