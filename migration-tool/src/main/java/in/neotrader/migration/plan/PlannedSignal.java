package in.neotrader.migration.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recommendation of one day for one symbol. */
public record PlannedSignal(String legacyRef, LocalDate day, String symbol, String verdict, String finalVerdict,
    String status, String source, BigDecimal strengthScore, BigDecimal backtestScore, BigDecimal combinedScore,
    BigDecimal lastClose, ObjectNode indicators, ObjectNode details, Instant createdAt, ObjectNode legacy) {
}
