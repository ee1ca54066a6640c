package in.neotrader.verticles.accounts;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.broker.BrokerException;
import in.neotrader.verticles.metrics.EngineMeters;
import in.neotrader.core.broker.BrokerException.Code;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.broker.BrokerTrade;
import in.neotrader.core.broker.Holding;
import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.broker.Position;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.verticles.broker.kotak.KotakNeoBroker;
import in.neotrader.verticles.broker.kotak.SessionState;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A user's Kotak account as the tasks see it. Around every call: the session state is reported after it, and
 * after a refused login no call reaches Kotak until the user logs in again (repeated wrong MPINs lock the
 * Kotak account). A placement whose answer was lost is searched for in Kotak's book ({@link LostPlacementSearch})
 * before the engine moves on.
 */
final class KotakAccountBroker implements Broker {

  private final BrokerSessionReport report;
  private final MarketData marketData;
  private final TradingClock clock;
  private final Clock wallTime;
  private final LostPlacementSearch lostPlacements;
  private final EngineMeters meters;
  private KotakNeoBroker kotak;

  KotakAccountBroker(KotakNeoBroker kotak, BrokerSessionReport report, MarketData marketData, TradingClock clock,
      Clock wallTime, LostPlacementSearch lostPlacements, EngineMeters meters) {
    this.kotak = kotak;
    this.meters = meters;
    this.lostPlacements = lostPlacements;
    this.report = report;
    this.marketData = marketData;
    this.clock = clock;
    this.wallTime = wallTime;
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
    // Compared with Kotak's order times, which are wall time.
    Instant sentAt = wallTime.instant();
    return watched(k -> k.placeOrder(request)
        .recover(failure -> LostPlacementSearch.isUncertain(failure)
            ? lostPlacements.resolve(k, request, sentAt, failure) : Future.failedFuture(failure)));
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
  public Future<List<BrokerTrade>> trades() {
    return watched(KotakNeoBroker::trades);
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
    return call.apply(current).onFailure(meters::brokerError).eventually(reportState);
  }
}
