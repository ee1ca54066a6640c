package in.neotrader.verticles.accounts;

import in.neotrader.core.broker.Holding;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.orders.AmoLimit;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Variety;
import in.neotrader.core.paper.PaperBroker;
import in.neotrader.core.paper.PaperBrokerState;
import in.neotrader.core.paper.PaperOrder;
import in.neotrader.core.paper.PaperSettings;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.errors.DuplicateValue;
import in.neotrader.sql.paper.PaperAccountRepository;
import in.neotrader.sql.positions.PositionRepository;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Opens paper accounts: the simulated broker is rebuilt from the database (cash, open positions, orders
 * still at the broker), which stays the source of truth across restarts.
 */
public final class PaperAccounts implements TradingAccountFactory {

  private final LongFunction<MarketData> marketDataOfUser;
  private final InstrumentSource instruments;
  private final AmoLimit amoLimit;

  /**
   * @param marketDataOfUser the (deterministic) market data a user's paper account trades against
   * @param instruments the instruments that go with that market data
   */
  public PaperAccounts(LongFunction<MarketData> marketDataOfUser, InstrumentSource instruments, AmoLimit amoLimit) {
    this.marketDataOfUser = marketDataOfUser;
    this.instruments = instruments;
    this.amoLimit = amoLimit;
  }

  @Override
  public Future<TradingAccount> open(AccountRequest r) {
    long userId = r.userId();
    if (!"paper".equals(r.profile().tradeMode())) {
      // Never paper-trade silently for a user who chose the broker (AccountsByTradeMode routes them to Kotak).
      return Future.failedFuture(new IllegalStateException("user " + userId + " trades with the broker, "
          + "not on paper"));
    }
    PaperAccountRepository accounts = new PaperAccountRepository(r.pool());
    Future<BigDecimal> cash = accounts.get(userId)
        .compose(found -> found.map(Future::succeededFuture)
            .orElseGet(() -> accounts.create(userId, r.config().paperInitialCapital(), r.clock().now())
                // Created meanwhile by an earlier start of the same user: use that account.
                .recover(e -> e instanceof DuplicateValue ? accounts.get(userId).map(Optional::orElseThrow)
                    : Future.failedFuture(e))))
        .map(a -> a.availableCash());
    Future<List<Holding>> holdings = new PositionRepository(r.pool()).listOpen(userId)
        .map(ps -> ps.stream().map(p -> new Holding(p.symbol(), p.quantity(), p.averagePrice())).toList());
    Future<List<Order>> open = new in.neotrader.sql.orders.OrderRepository(r.pool()).listNonTerminal(userId);
    Future<Long> nextNumber = new in.neotrader.sql.orders.OrderNumbering(r.pool()).nextPaperOrderNumber(userId);
    return Future.all(cash, holdings, open, nextNumber).map(all -> {
      // An order never acknowledged is not at the (rebuilt) broker: reconciliation marks it failed.
      List<PaperOrder> atBroker = open.result().stream()
          .filter(o -> o.brokerOrderId() != null).map(PaperAccounts::paperOrder).toList();
      PaperBrokerState state = new PaperBrokerState(cash.result(), holdings.result(), atBroker, nextNumber.result());
      MarketData marketData = marketDataOfUser.apply(userId);
      PaperBroker broker = new PaperBroker(state, PaperSettings.from(r.config(), userId), r.clock(), r.calendar(),
          marketData);
      return new PaperExchange(broker, marketData, r.calendar(), instruments.open(r, marketData), amoLimit,
          r.clock().now());
    });
  }

  private static PaperOrder paperOrder(Order o) {
    OrderState state = OrderState.valueOf(o.status());
    BigDecimal average = o.averageFillPrice() == null ? BigDecimal.ZERO : o.averageFillPrice();
    return new PaperOrder(o.brokerOrderId(), Optional.of(o.clientOrderId()), o.symbol(), OrderSide.valueOf(o.side()),
        OrderType.valueOf(o.orderType()), Variety.valueOf(o.variety()), o.quantity(), o.price(), state,
        o.filledQuantity(), average, o.statusReason() == null ? "" : o.statusReason(), o.placedAt(), o.updatedAt());
  }
}
