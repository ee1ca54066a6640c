package in.neotrader.verticles.session;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.broker.BrokerTrade;
import in.neotrader.core.broker.Holding;
import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.broker.Position;
import in.neotrader.core.orders.OrderRequest;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/** A run's view of the user's broker: each call is sent only while the run's {@link RunFence} is open. */
final class FencedBroker implements Broker {

  private final Broker broker;
  private final RunFence fence;

  FencedBroker(Broker broker, RunFence fence) {
    this.broker = broker;
    this.fence = fence;
  }

  private <T> Future<T> ifOpen(Supplier<Future<T>> call) {
    return fence.check().compose(v -> call.get());
  }

  public Future<BrokerOrderAck> placeOrder(OrderRequest request) {
    return ifOpen(() -> broker.placeOrder(request));
  }

  public Future<BrokerOrderAck> modifyOrder(String brokerOrderId, OrderModification modification) {
    return ifOpen(() -> broker.modifyOrder(brokerOrderId, modification));
  }

  public Future<Void> cancelOrder(String brokerOrderId) {
    return ifOpen(() -> broker.cancelOrder(brokerOrderId));
  }

  public Future<List<BrokerOrder>> orderBook() {
    return ifOpen(broker::orderBook);
  }

  public Future<List<BrokerTrade>> trades() {
    return ifOpen(broker::trades);
  }

  public Future<List<Holding>> holdings() {
    return ifOpen(broker::holdings);
  }

  public Future<List<Position>> positions() {
    return ifOpen(broker::positions);
  }

  public Future<BigDecimal> quote(String symbol) {
    return ifOpen(() -> broker.quote(symbol));
  }

  public Future<BigDecimal> funds() {
    return ifOpen(broker::funds);
  }
}
