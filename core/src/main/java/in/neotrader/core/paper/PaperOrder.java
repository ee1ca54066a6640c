package in.neotrader.core.paper;

import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.orders.OrderEvent;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Variety;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A paper order; {@code symbol} is the base symbol, {@code limitPrice} null for MARKET. */
public record PaperOrder(String brokerOrderId, Optional<String> clientOrderId, String symbol, OrderSide side,
    OrderType type, Variety variety, int quantity, BigDecimal limitPrice, OrderState state, int filledQuantity,
    BigDecimal averagePrice, String remark, Instant placedAt, Instant updatedAt) {

  PaperOrder moved(OrderEvent event, String newRemark, Instant at) {
    return new PaperOrder(brokerOrderId, clientOrderId, symbol, side, type, variety, quantity, limitPrice,
        state.apply(event), filledQuantity, averagePrice, newRemark, placedAt, at);
  }

  /** Paper fills are never partial: the whole quantity at one price. */
  PaperOrder filled(BigDecimal price, Instant at) {
    return new PaperOrder(brokerOrderId, clientOrderId, symbol, side, type, variety, quantity, limitPrice,
        state.apply(OrderEvent.FILLED), quantity, price, "", placedAt, at);
  }

  PaperOrder modified(BigDecimal price, int newQuantity, Instant at) {
    return new PaperOrder(brokerOrderId, clientOrderId, symbol, side, type, variety, newQuantity,
        price == null ? limitPrice : price, state, filledQuantity, averagePrice, remark, placedAt, at);
  }

  BrokerOrder toBrokerOrder() {
    return new BrokerOrder(brokerOrderId, clientOrderId, symbol, side, type, variety, quantity, filledQuantity,
        limitPrice, averagePrice, state, remark, updatedAt);
  }
}
