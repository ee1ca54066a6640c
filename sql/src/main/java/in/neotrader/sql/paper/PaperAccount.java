package in.neotrader.sql.paper;

import java.math.BigDecimal;
import java.time.Instant;

/** The simulated cash account of a paper-trading user. */
public record PaperAccount(long userId, BigDecimal initialCapital, BigDecimal availableCash, BigDecimal marginUsed,
    BigDecimal realisedPnl, BigDecimal unrealisedPnl, Instant createdAt, Instant updatedAt) {
}
