package in.neotrader.sql.service;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record NewTaskExecution(String task, LocalDate tradingDay, Instant executedAt, TaskOutcome outcome,
    String reason, BigDecimal durationSeconds, JsonObject details, String nodeId) {
}
