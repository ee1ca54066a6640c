package in.neotrader.verticles.testing;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.broker.Holding;
import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.broker.Position;
import in.neotrader.core.orders.OrderRequest;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;

/** A broker that is down: every call fails as UNAVAILABLE. */
public final class FailingBroker implements Broker {

  private static <T> Future<T> down() {
    return Future.failedFuture(new BrokerException(BrokerException.Code.UNAVAILABLE, "broker down (test)"));
  }

  public Future<BrokerOrderAck> placeOrder(OrderRequest request) {
    return down();
  }

  public Future<BrokerOrderAck> modifyOrder(String brokerOrderId, OrderModification modification) {
    return down();
  }

  public Future<Void> cancelOrder(String brokerOrderId) {
    return down();
  }

  public Future<List<BrokerOrder>> orderBook() {
    return down();
  }

  public Future<List<Holding>> holdings() {
    return down();
  }

  public Future<List<Position>> positions() {
    return down();
  }

  public Future<BigDecimal> quote(String symbol) {
    return down();
  }

  public Future<BigDecimal> funds() {
    return down();
  }
}
