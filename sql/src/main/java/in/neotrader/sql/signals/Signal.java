package in.neotrader.sql.signals;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The analysis verdict for a symbol on a day; verdicts are strong_buy, buy, watch or avoid; {@code strategy} names
 * the strategy that made it.
 */
public record Signal(long id, long userId, LocalDate day, String symbol, String verdict, String finalVerdict,
    String status, String source, BigDecimal strengthScore, BigDecimal backtestScore, BigDecimal combinedScore,
    BigDecimal lastClose, JsonObject indicators, JsonObject details, Instant createdAt, String strategy) {
}
