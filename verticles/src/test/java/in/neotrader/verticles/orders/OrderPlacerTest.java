package in.neotrader.verticles.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.verticles.accounts.TradingAccount;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.testing.FailingBroker;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A batch of intents: written first, sent once each in order, and never sent past an answer nobody knows. */
class OrderPlacerTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final String ORDERS = "SELECT client_order_id, status FROM orders WHERE user_id = $1 "
      + "ORDER BY client_order_id";

  @Test
  void aBatchIsWrittenThenSentInOrderAndAnAlreadyWrittenIntentIsNotSentAgain() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(16, 5))) {
      List<String> sent = new ArrayList<>();
      UserSession session = session(fx, request -> {
        sent.add(request.clientOrderId().value());
        return Future.succeededFuture(new BrokerOrderAck("B-" + sent.size()));
      });
      OrderPlacer placer = new OrderPlacer(session);
      PendingEvents events = new PendingEvents();

      var first = EngineFixture.await(placer.placeAll(List.of(buy(session, "TCS"), buy(session, "INFY")), events));
      var again = EngineFixture.await(placer.placeAll(List.of(buy(session, "INFY"), buy(session, "SBIN")), events));

      assertEquals(List.of(OrderPlacer.Outcome.PLACED, OrderPlacer.Outcome.PLACED), first);
      assertEquals(List.of(OrderPlacer.Outcome.ALREADY_PLACED, OrderPlacer.Outcome.PLACED), again);
      assertEquals(List.of(id(session, "TCS"), id(session, "INFY"), id(session, "SBIN")), sent);
      assertEquals(List.of("AMO_PENDING", "AMO_PENDING", "AMO_PENDING"),
          fx.query(ORDERS, session.userId()).stream().map(r -> r.getString("status")).toList());
      assertEquals(3, events.count("order.placed"));
    }
  }

  @Test
  void afterASendWithNoKnownOutcomeTheRestIsRecordedFailedUnsentAndTheBatchFails() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(16, 5))) {
      List<String> sent = new ArrayList<>();
      UserSession session = session(fx, request -> {
        sent.add(request.clientOrderId().value());
        return sent.size() == 1 ? Future.succeededFuture(new BrokerOrderAck("B-1"))
            : Future.failedFuture(new BrokerException(BrokerException.Code.UNAVAILABLE, "timeout (test)"));
      });
      PendingEvents events = new PendingEvents();

      ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
          () -> EngineFixture.await(new OrderPlacer(session).placeAll(List.of(buy(session, "INFY"),
              buy(session, "SBIN"), buy(session, "TCS")), events)));

      assertTrue(failed.getCause().getMessage().contains("timeout (test)"), failed.getCause().getMessage());
      assertEquals(List.of(id(session, "INFY"), id(session, "SBIN")), sent);
      // SBIN stays NEW: the broker may have it, the next sync decides. TCS never left: FAILED.
      assertEquals(List.of(id(session, "INFY") + " AMO_PENDING", id(session, "SBIN") + " NEW",
          id(session, "TCS") + " FAILED"), fx.query(ORDERS, session.userId()).stream()
          .map(r -> r.getString("client_order_id") + " " + r.getString("status")).toList());
      assertEquals(1, events.count("order.placed"));
    }
  }

  @Test
  void anOrderMissingFromTheBookRightAfterATimeoutStaysNewForTheNextSync() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(16, 5))) {
      UserSession session = session(fx,
          request -> Future.failedFuture(new BrokerException(BrokerException.Code.TIMEOUT, "UNCERTAIN (test)")),
          () -> Future.succeededFuture(List.of()));

      org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> EngineFixture.await(
          new OrderPlacer(session).placeAll(List.of(buy(session, "INFY")), new PendingEvents())));

      // Not FAILED: the broker may still show it (or not echo our tag); calling it never sent could orphan a live order.
      assertEquals(List.of(id(session, "INFY") + " NEW"), fx.query(ORDERS, session.userId()).stream()
          .map(r -> r.getString("client_order_id") + " " + r.getString("status")).toList());
    }
  }

  private interface Sends {
    Future<BrokerOrderAck> placeOrder(OrderRequest request);
  }

  /** A user holding its lease, whose broker places orders with {@code sends} and is down for everything else. */
  private static UserSession session(EngineFixture fx, Sends sends) throws Exception {
    return session(fx, sends, null);
  }

  /** As above, with an order book that answers ({@code book}) instead of being down, when not null. */
  private static UserSession session(EngineFixture fx, Sends sends, java.util.function.Supplier<Future<List<BrokerOrder>>> book)
      throws Exception {
    long userId = fx.createUser("placer@x.in");
    ServiceStatusRepository status = new ServiceStatusRepository(fx.pool);
    EngineFixture.await(status.setRunning(userId, true, fx.clock.now()));
    long epoch = EngineFixture.await(status.tryClaim(userId, "node-a", 30)).orElseThrow();
    Broker down = new FailingBroker();
    Broker broker = (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(), new Class<?>[] {Broker.class},
        (proxy, method, args) -> method.getName().equals("placeOrder") ? sends.placeOrder((OrderRequest) args[0])
            : method.getName().equals("orderBook") && book != null ? book.get() : method.invoke(down, args));
    TradingAccount account = new TradingAccount() {
      public Broker broker() {
        return broker;
      }

      public in.neotrader.core.marketdata.MarketData marketData() {
        throw new UnsupportedOperationException();
      }

      public String source() {
        return "paper";
      }

      public boolean fundsExcludePendingBuys() {
        throw new UnsupportedOperationException("no buy task in this test");
      }

      public in.neotrader.core.instruments.Instruments instruments() {
        throw new UnsupportedOperationException("no instruments in this test");
      }

      public in.neotrader.core.orders.AmoLimit amoLimit() {
        return in.neotrader.core.orders.AmoLimit.DEFAULT;
      }
    };
    return new UserSession(userId, epoch, "node-a", fx.vertx, fx.pool, fx.clock, fx.calendar,
        TradingConfig.defaults(), account);
  }

  private static OrderPlacer.Intent buy(UserSession s, String symbol) {
    return new OrderPlacer.Intent(OrderRequest.amoLimitBuy(ClientOrderId.of(s.userId(), MONDAY,
        TradingTask.BUY_ORDERS, symbol, OrderSide.BUY, 1), symbol + "-EQ", 10, new BigDecimal("101.50")),
        TradingTask.BUY_ORDERS, new JsonObject());
  }

  private static String id(UserSession s, String symbol) {
    return ClientOrderId.of(s.userId(), MONDAY, TradingTask.BUY_ORDERS, symbol, OrderSide.BUY, 1).value();
  }
}
