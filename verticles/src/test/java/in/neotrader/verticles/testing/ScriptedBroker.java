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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A broker whose order book and holdings the test writes: placements are acknowledged with numbers B-1, B-2...,
 * every call is counted. For engine-side logic whose broker behaviour the test must script exactly.
 */
public final class ScriptedBroker implements Broker {

  public final List<BrokerOrder> book = new CopyOnWriteArrayList<>();
  public final List<Holding> holdings = new CopyOnWriteArrayList<>();
  public final List<String> calls = new CopyOnWriteArrayList<>();
  private int placed;

  public Future<BrokerOrderAck> placeOrder(OrderRequest request) {
    calls.add("place " + request.clientOrderId().value());
    return Future.succeededFuture(new BrokerOrderAck("B-" + (++placed)));
  }

  public Future<BrokerOrderAck> modifyOrder(String brokerOrderId, OrderModification modification) {
    calls.add("modify " + brokerOrderId);
    return Future.succeededFuture(new BrokerOrderAck(brokerOrderId));
  }

  public Future<Void> cancelOrder(String brokerOrderId) {
    calls.add("cancel " + brokerOrderId);
    return Future.succeededFuture();
  }

  public Future<List<BrokerOrder>> orderBook() {
    calls.add("orderBook");
    return Future.succeededFuture(new ArrayList<>(book));
  }

  public Future<List<Holding>> holdings() {
    calls.add("holdings");
    return Future.succeededFuture(new ArrayList<>(holdings));
  }

  public Future<List<Position>> positions() {
    calls.add("positions");
    return Future.succeededFuture(List.of());
  }

  public Future<BigDecimal> quote(String symbol) {
    calls.add("quote " + symbol);
    return Future.failedFuture(new BrokerException(BrokerException.Code.NOT_FOUND, "no quote (test)"));
  }

  public Future<BigDecimal> funds() {
    calls.add("funds");
    return Future.succeededFuture(new BigDecimal("1000000"));
  }
}
