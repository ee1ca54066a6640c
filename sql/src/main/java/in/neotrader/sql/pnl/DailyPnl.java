package in.neotrader.sql.pnl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record DailyPnl(long userId, LocalDate day, BigDecimal realised, BigDecimal unrealised, BigDecimal fees,
    Instant updatedAt) {
}
