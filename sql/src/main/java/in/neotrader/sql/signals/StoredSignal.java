package in.neotrader.sql.signals;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;

public record StoredSignal(long id, LocalDate day, String symbol, String verdict, String finalVerdict,
    BigDecimal combinedScore, BigDecimal lastClose, JsonObject indicators) {
}
