package in.neotrader.sql.paper;

import java.math.BigDecimal;

public record PaperAccountRow(long userId, BigDecimal initialCapital, BigDecimal availableCash,
    BigDecimal realisedPnl) {
}
