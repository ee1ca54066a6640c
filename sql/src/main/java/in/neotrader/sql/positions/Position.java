package in.neotrader.sql.positions;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One trade cycle of a symbol: opened by a buy, closed when its quantity reaches 0. Realised P&L is gross of
 * fees; fees are kept beside it.
 */
public record Position(long id, long userId, String symbol, String exchange, int quantity, BigDecimal averagePrice,
    BigDecimal realisedPnl, BigDecimal fees, Instant openedAt, Instant closedAt, String exitReason, Instant updatedAt,
    JsonObject cycleDetails) {

  public boolean open() {
    return closedAt == null;
  }
}
