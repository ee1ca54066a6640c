package in.neotrader.verticles.accounts;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerException.Code;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.broker.Holding;
import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.broker.Position;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.verticles.broker.kotak.KotakNeoBroker;
import in.neotrader.verticles.broker.kotak.PlacementQuery;
import in.neotrader.verticles.broker.kotak.SessionState;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's Kotak account as the tasks see it. Around every call: the session state is reported after it, and
 * after a refused login no call reaches Kotak until the user logs in again (repeated wrong MPINs lock the
 * Kotak account). A placement whose answer was lost is looked up in Kotak's book before the engine moves on.
 */
final class KotakAccountBroker implements Broker {

  private static final Logger LOG = LoggerFactory.getLogger(KotakAccountBroker.class);

  private final BrokerSessionReport report;
  private final MarketData marketData;
  private final TradingClock clock;
  private KotakNeoBroker kotak;

  KotakAccountBroker(KotakNeoBroker kotak, BrokerSessionReport report, MarketData marketData, TradingClock clock) {
    this.kotak = kotak;
    this.report = report;
    this.marketData = marketData;
    this.clock = clock;
  }

  /** Continues on a fresh session (new credentials or a forced login); the old HTTP client is closed. */
  void replace(KotakNeoBroker fresh) {
    kotak.close();
    kotak = fresh;
  }

  void close() {
    kotak.close();
  }

  @Override
  public Future<BrokerOrderAck> placeOrder(OrderRequest request) {
    Instant sentAt = clock.now();
    return watched(k -> k.placeOrder(request)
        .recover(failure -> isUncertain(failure) ? resolve(k, request, sentAt, failure) : Future.failedFuture(failure)));
  }

  @Override
  public Future<BrokerOrderAck> modifyOrder(String brokerOrderId, OrderModification modification) {
    return watched(k -> k.modifyOrder(brokerOrderId, modification));
  }

  @Override
  public Future<Void> cancelOrder(String brokerOrderId) {
    return watched(k -> k.cancelOrder(brokerOrderId));
  }

  @Override
  public Future<List<BrokerOrder>> orderBook() {
    return watched(KotakNeoBroker::orderBook);
  }

  @Override
  public Future<List<Holding>> holdings() {
    return watched(KotakNeoBroker::holdings);
  }

  @Override
  public Future<List<Position>> positions() {
    return watched(KotakNeoBroker::positions);
  }

  /** Kotak quotes need the scrip master's exchange token; until one is known the market data's price stands in. */
  @Override
  public Future<BigDecimal> quote(String symbol) {
    return watched(k -> k.quote(symbol)).recover(failure -> failure instanceof BrokerException b
        && b.code() == Code.NOT_FOUND ? marketData.lastPrice(TradingSymbol.base(symbol), clock.now())
        : Future.failedFuture(failure));
  }

  @Override
  public Future<BigDecimal> funds() {
    return watched(KotakNeoBroker::funds);
  }

  private <T> Future<T> watched(Function<KotakNeoBroker, Future<T>> call) {
    KotakNeoBroker current = kotak;
    if (current.sessionState() == SessionState.NEEDS_LOGIN) {
      return Future.failedFuture(new BrokerException(Code.SESSION_EXPIRED,
          "Kotak refused the login; save the broker credentials again or use 'log in again'"));
    }
    Supplier<Future<Void>> reportState = () -> report.observe(current.sessionState());
    return call.apply(current).eventually(reportState);
  }

  /** Exactly one candidate is our order; none means it never got there; several need a person to look. */
  private static Future<BrokerOrderAck> resolve(KotakNeoBroker k, OrderRequest request, Instant sentAt,
      Throwable uncertain) {
    return k.findOrder(PlacementQuery.of(request, sentAt)).transform(found -> {
      if (found.failed() || found.result().size() > 1) {
        LOG.warn("Placement of {} stays uncertain: {}", request.clientOrderId(),
            found.failed() ? found.cause().getMessage() : found.result().size() + " candidate orders");
        return Future.failedFuture(uncertain);
      }
      if (found.result().isEmpty()) {
        return Future.failedFuture(new BrokerException(Code.UNAVAILABLE, "placement of " + request.clientOrderId()
            + " did not reach Kotak: its order book has no such order"));
      }
      BrokerOrder order = found.result().get(0);
      LOG.info("Placement of {} was accepted as Kotak order {} although its answer was lost",
          request.clientOrderId(), order.brokerOrderId());
      return Future.succeededFuture(new BrokerOrderAck(order.brokerOrderId()));
    });
  }

  private static boolean isUncertain(Throwable failure) {
    return failure instanceof BrokerException b && b.code() == Code.TIMEOUT
        && String.valueOf(b.getMessage()).contains("UNCERTAIN");
  }
}
