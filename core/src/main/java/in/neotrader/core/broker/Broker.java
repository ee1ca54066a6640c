package in.neotrader.core.broker;

import in.neotrader.core.orders.OrderRequest;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;

/**
 * The trading account of one user (Kotak Neo or paper). Every call is asynchronous; a failure
 * is a {@link BrokerException} with a code the caller can act on.
 */
public interface Broker {

  /** Sends an order; the ack carries the broker's order id. Rejection by RMS shows in {@link #orderBook()}. */
  Future<BrokerOrderAck> placeOrder(OrderRequest request);

  /** Changes price and/or quantity of a pending order (same broker order id). */
  Future<BrokerOrderAck> modifyOrder(String brokerOrderId, OrderModification modification);

  Future<Void> cancelOrder(String brokerOrderId);

  /** Today's orders with their neutral state. */
  Future<List<BrokerOrder>> orderBook();

  /**
   * Today's fills (the trade book), for an order the order book no longer shows. A broker whose order book keeps
   * every order of the day (paper) has nothing to add.
   */
  default Future<List<BrokerTrade>> trades() {
    return Future.succeededFuture(List.of());
  }

  /** Delivery holdings (settled and T1). */
  Future<List<Holding>> holdings();

  /** Today's net positions. */
  Future<List<Position>> positions();

  /** Last traded price of a base symbol. */
  Future<BigDecimal> quote(String symbol);

  /** Cash available for new buys. */
  Future<BigDecimal> funds();
}
