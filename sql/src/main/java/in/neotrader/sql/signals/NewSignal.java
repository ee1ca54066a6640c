package in.neotrader.sql.signals;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;

public record NewSignal(LocalDate day, String symbol, String verdict, String finalVerdict, String status,
    String source, BigDecimal strengthScore, BigDecimal backtestScore, BigDecimal combinedScore, BigDecimal lastClose,
    JsonObject indicators, JsonObject details, String strategy) {
}
