package in.neotrader.core.broker;

import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Variety;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of the broker's order book in neutral terms. {@code clientOrderId} is the tag we sent
 * when the broker echoes it; {@code averagePrice} is zero until something fills.
 */
public record BrokerOrder(String brokerOrderId, Optional<String> clientOrderId, String symbol, OrderSide side,
    OrderType type, Variety variety, int quantity, int filledQuantity, BigDecimal limitPrice,
    BigDecimal averagePrice, OrderState state, String remark, Instant updatedAt) {

  public int pendingQuantity() {
    return state.isTerminal() ? 0 : quantity - filledQuantity;
  }
}
