package in.neotrader.sql.orders;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An order about to be written, before it goes to the broker; {@code clientOrderId} is the intent's identity. */
public record NewOrder(String clientOrderId, String brokerOrderId, String symbol, String tradingSymbol,
    String exchange, String side, int quantity, BigDecimal price, BigDecimal triggerPrice, String orderType,
    String product, String variety, String validity, String status, String statusReason, String task,
    LocalDate tradingDay, Instant placedAt, String source, JsonObject metadata) {
}
