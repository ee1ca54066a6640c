package in.neotrader.migration.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The paper account and the paper part of the trading config. The legacy column keeps account.json,
 * config.json and the holdings snapshot, which the export needs and no column holds.
 */
public record PlannedPaperAccount(BigDecimal initialCapital, BigDecimal availableCash, BigDecimal marginUsed,
    BigDecimal realisedPnl, BigDecimal unrealisedPnl, Instant createdAt, Instant updatedAt,
    BigDecimal configInitialCapital, BigDecimal slippagePct, BigDecimal maxPositionSize, ObjectNode paperSettings,
    ObjectNode legacy) {
}
