package in.neotrader.sql.positions;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fill's change of a user's position: a buy opens the symbol's cycle or adds to it, a sell reduces it (and closes
 * it with {@code exitReason} when nothing is left).
 */
public record PositionChange(long userId, String symbol, String exchange, boolean buy, int quantity,
    BigDecimal price, BigDecimal fees, String exitReason, Instant at) {

  public static PositionChange buy(long userId, String symbol, String exchange, int quantity, BigDecimal price,
      BigDecimal fees, Instant at) {
    return new PositionChange(userId, symbol, exchange, true, quantity, price, fees, null, at);
  }

  public static PositionChange sell(long userId, String symbol, int quantity, BigDecimal price, BigDecimal fees,
      String exitReason, Instant at) {
    return new PositionChange(userId, symbol, null, false, quantity, price, fees, exitReason, at);
  }
}
