package in.neotrader.sql.orders;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A live entry of the failed-buy retry queue: a FAILED buy (never sent for want of cash) waiting to be tried
 * again. {@code firstFailedAt} is the order's placed_at; {@code metadata} holds the legacy queue fields
 * (close, required_cash, shortfall, retry_count, execution_capital, indicators, verdict).
 */
public record QueuedBuy(long orderId, String clientOrderId, String symbol, int quantity, Instant firstFailedAt,
    JsonObject metadata) {

  /** The close the buy was sized at; null only for a malformed import. */
  public BigDecimal close() {
    Object close = metadata.getValue("close");
    return close == null ? null : new BigDecimal(close.toString());
  }

  public int retryCount() {
    return metadata.getInteger("retry_count", 0);
  }
}
