package in.neotrader.migration.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** An entry of the legacy tracking registry: what the bot bought and the broker ids it saw. */
public record PlannedTracking(String trackingId, String symbol, Instant startedAt, Instant endedAt, String status,
    int systemQty, int currentTrackedQty, int preExistingQty, String initialOrderId, List<String> relatedOrderIds,
    String recommendationSource, String stopReason, JsonNode legacy) {
}
