package in.neotrader.migration.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

public record PlannedDailyPnl(String legacyRef, LocalDate day, BigDecimal realised, BigDecimal unrealised, BigDecimal fees) {
}
