package in.neotrader.sql.signals;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/** One analysed stock of a day; verdicts in the schema's lower-case values. */
public record NewSignal(String symbol, String verdict, String finalVerdict, BigDecimal strengthScore,
    BigDecimal backtestScore, BigDecimal combinedScore, BigDecimal lastClose, JsonObject indicators) {
}
