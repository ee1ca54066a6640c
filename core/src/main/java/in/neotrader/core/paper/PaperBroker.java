package in.neotrader.core.paper;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.broker.Holding;
import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.broker.Position;
import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.orders.OrderEvent;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.core.orders.Variety;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A simulated account with the fill model of TRADING_RULES §9, fixed: AMO orders wait for
 * {@link #openSession(LocalDate)} and fill at the open; REGULAR orders outside 09:15-15:30 are
 * rejected; LIMIT orders fill at their limit when {@link #matchOpenOrders()} sees the price cross;
 * open DAY orders expire at {@link #closeSession()}. No partial fills. Not thread-safe: use it
 * from one verticle context. The database stays the source of truth; {@link #snapshot()} and the
 * constructor move state in and out.
 */
public final class PaperBroker implements Broker {

  private static final DateTimeFormatter ID_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final PaperSettings settings;
  private final TradingClock clock;
  private final NseCalendar calendar;
  private final MarketData marketData;
  private final Random random;
  private final PaperAccount account;
  private final Map<String, PaperOrder> orders = new LinkedHashMap<>();
  private final List<PaperFill> newFills = new ArrayList<>();
  private long nextOrderNumber;

  public PaperBroker(PaperBrokerState state, PaperSettings settings, TradingClock clock, NseCalendar calendar,
      MarketData marketData) {
    this.settings = settings;
    this.clock = clock;
    this.calendar = calendar;
    this.marketData = marketData;
    this.random = new Random(settings.seed());
    this.account = new PaperAccount(state.cash(), state.holdings(), settings.maxPositionSize());
    state.orders().forEach(o -> orders.put(o.brokerOrderId(), o));
    this.nextOrderNumber = state.nextOrderNumber();
  }

  public PaperBrokerState snapshot() {
    return new PaperBrokerState(account.cash(), account.holdings(), List.copyOf(orders.values()), nextOrderNumber);
  }

  /** Fills since the last call, oldest first, for the verticle to persist. */
  public List<PaperFill> takeFills() {
    List<PaperFill> out = List.copyOf(newFills);
    newFills.clear();
    return out;
  }

  @Override
  public Future<BrokerOrderAck> placeOrder(OrderRequest request) {
    Optional<String> tag = Optional.of(request.clientOrderId().value());
    Optional<PaperOrder> duplicate = orders.values().stream().filter(o -> o.clientOrderId().equals(tag)).findFirst();
    if (duplicate.isPresent()) {
      // Same intent sent twice (e.g. a retry after a timeout): answer with the first order.
      return Future.succeededFuture(new BrokerOrderAck(duplicate.get().brokerOrderId()));
    }
    Instant now = clock.now();
    String symbol = TradingSymbol.base(request.symbol());
    PaperOrder order = new PaperOrder(newOrderId(now), tag, symbol, request.side(), request.type(),
        request.variety(), request.quantity(), request.price(), OrderState.NEW, 0, BigDecimal.ZERO, "", now, now);
    orders.put(order.brokerOrderId(), order);
    BrokerOrderAck ack = new BrokerOrderAck(order.brokerOrderId());
    return marketData.lastPrice(symbol, now)
        .map(last -> {
          accept(order, last, now);
          return ack;
        })
        .recover(err -> {
          update(order.moved(OrderEvent.REJECTED, "no price for " + symbol + ": " + err.getMessage(), now));
          return Future.succeededFuture(ack);
        });
  }

  private void accept(PaperOrder order, BigDecimal last, Instant now) {
    BigDecimal estimate = order.type() == OrderType.LIMIT ? order.limitPrice() : last;
    Optional<String> refusal = refusal(order, estimate);
    if (refusal.isPresent()) {
      update(order.moved(OrderEvent.REJECTED, refusal.get(), now));
    } else if (order.variety() == Variety.AMO) {
      update(order.moved(OrderEvent.AMO_ACCEPTED, "", now));
    } else if (!isSessionOpen(now)) {
      update(order.moved(OrderEvent.REJECTED, "market closed: REGULAR orders only 09:15-15:30 on trading days", now));
    } else if (order.type() == OrderType.MARKET) {
      fill(order, withSlippage(last, order.side()), now);
    } else {
      PaperOrder open = order.moved(OrderEvent.ACCEPTED, "", now);
      update(open);
      if (crosses(open, last)) {
        fill(open, open.limitPrice(), now);
      }
    }
  }

  /** Releases the AMO queue at the open of {@code day}: MARKET fills at the open price, LIMIT goes live. */
  public Future<List<PaperFill>> openSession(LocalDate day) {
    Instant at = day.atTime(NseCalendar.SESSION_OPEN).atZone(TradingClock.IST).toInstant();
    List<PaperOrder> queued = orders.values().stream().filter(o -> o.state() == OrderState.AMO_PENDING).toList();
    int before = newFills.size();
    Future<Void> chain = Future.succeededFuture();
    for (PaperOrder o : queued) {
      chain = chain.compose(v -> marketData.sessionOpen(o.symbol(), day).map(open -> {
        releaseAtOpen(o, open, at);
        return null;
      }));
    }
    return chain.map(v -> List.copyOf(newFills.subList(before, newFills.size())));
  }

  private void releaseAtOpen(PaperOrder queued, BigDecimal open, Instant at) {
    if (queued.type() == OrderType.LIMIT && !crosses(queued, open)) {
      update(queued.moved(OrderEvent.ACCEPTED, "", at));
      return;
    }
    Optional<String> refusal = refusal(queued, open);
    if (refusal.isPresent()) {
      update(queued.moved(OrderEvent.REJECTED, "rejected at open: " + refusal.get(), at));
    } else {
      fill(queued, open, at);
    }
  }

  /** Fills OPEN limit orders whose price crossed at the current last price. */
  public Future<List<PaperFill>> matchOpenOrders() {
    Instant now = clock.now();
    if (!isSessionOpen(now)) {
      return Future.succeededFuture(List.of());
    }
    List<PaperOrder> open = orders.values().stream().filter(o -> o.state() == OrderState.OPEN).toList();
    int before = newFills.size();
    Future<Void> chain = Future.succeededFuture();
    for (PaperOrder o : open) {
      chain = chain.compose(v -> marketData.lastPrice(o.symbol(), now).map(last -> {
        PaperOrder current = orders.get(o.brokerOrderId());
        if (current.state() == OrderState.OPEN && crosses(current, last)) {
          Optional<String> refusal = refusal(current, current.limitPrice());
          if (refusal.isEmpty()) {
            fill(current, current.limitPrice(), now);
          }
        }
        return null;
      }));
    }
    return chain.map(v -> List.copyOf(newFills.subList(before, newFills.size())));
  }

  /** DAY orders still open at the close expire; AMO orders keep waiting for their session. */
  public List<BrokerOrder> closeSession() {
    Instant now = clock.now();
    List<BrokerOrder> expired = new ArrayList<>();
    for (PaperOrder o : List.copyOf(orders.values())) {
      if (o.state() == OrderState.OPEN || o.state() == OrderState.PARTIALLY_FILLED) {
        PaperOrder e = o.moved(OrderEvent.EXPIRED, "DAY order expired at the close", now);
        update(e);
        expired.add(e.toBrokerOrder());
      }
    }
    return expired;
  }

  @Override
  public Future<BrokerOrderAck> modifyOrder(String brokerOrderId, OrderModification modification) {
    PaperOrder o = orders.get(brokerOrderId);
    if (o == null) {
      return Future.failedFuture(new BrokerException(BrokerException.Code.NOT_FOUND, "no order " + brokerOrderId));
    }
    if (o.state().isTerminal()) {
      return Future.failedFuture(new BrokerException(BrokerException.Code.REJECTED,
          "order " + brokerOrderId + " is " + o.state() + " and cannot be modified"));
    }
    if (o.type() == OrderType.MARKET && modification.price() != null) {
      return Future.failedFuture(new BrokerException(BrokerException.Code.REJECTED, "a MARKET order has no price"));
    }
    update(o.modified(modification.price(), modification.quantity(), clock.now()));
    return Future.succeededFuture(new BrokerOrderAck(brokerOrderId));
  }

  @Override
  public Future<Void> cancelOrder(String brokerOrderId) {
    PaperOrder o = orders.get(brokerOrderId);
    if (o == null) {
      return Future.failedFuture(new BrokerException(BrokerException.Code.NOT_FOUND, "no order " + brokerOrderId));
    }
    if (o.state().isTerminal()) {
      return Future.failedFuture(new BrokerException(BrokerException.Code.REJECTED,
          "order " + brokerOrderId + " is already " + o.state()));
    }
    update(o.moved(OrderEvent.CANCELLED, "cancelled by user", clock.now()));
    return Future.succeededFuture();
  }

  @Override
  public Future<List<BrokerOrder>> orderBook() {
    return Future.succeededFuture(orders.values().stream().map(PaperOrder::toBrokerOrder).toList());
  }

  @Override
  public Future<List<Holding>> holdings() {
    return Future.succeededFuture(account.holdings());
  }

  @Override
  public Future<List<Position>> positions() {
    LocalDate today = clock.nowIst().toLocalDate();
    Map<String, Position> net = new LinkedHashMap<>();
    for (PaperOrder o : orders.values()) {
      if (o.filledQuantity() == 0 || !o.updatedAt().atZone(TradingClock.IST).toLocalDate().equals(today)) {
        continue;
      }
      BigDecimal value = o.averagePrice().multiply(BigDecimal.valueOf(o.filledQuantity()));
      boolean buy = o.side() == OrderSide.BUY;
      Position p = net.getOrDefault(o.symbol(), new Position(o.symbol(), 0, BigDecimal.ZERO, BigDecimal.ZERO));
      net.put(o.symbol(), new Position(o.symbol(), p.netQuantity() + (buy ? o.filledQuantity() : -o.filledQuantity()),
          buy ? p.buyValue().add(value) : p.buyValue(), buy ? p.sellValue() : p.sellValue().add(value)));
    }
    return Future.succeededFuture(List.copyOf(net.values()));
  }

  @Override
  public Future<BigDecimal> quote(String symbol) {
    return marketData.lastPrice(TradingSymbol.base(symbol), clock.now());
  }

  @Override
  public Future<BigDecimal> funds() {
    return Future.succeededFuture(account.cash());
  }

  private Optional<String> refusal(PaperOrder order, BigDecimal price) {
    int reservedSells = orders.values().stream()
        .filter(o -> !o.brokerOrderId().equals(order.brokerOrderId()))
        .filter(o -> o.side() == OrderSide.SELL && o.symbol().equals(order.symbol()) && !o.state().isTerminal()
            && o.state() != OrderState.NEW)
        .mapToInt(PaperOrder::quantity).sum();
    return account.refusal(order.side(), order.symbol(), order.quantity(), price, reservedSells);
  }

  private void fill(PaperOrder order, BigDecimal price, Instant at) {
    PaperAccount.Booking booking = account.book(order.side(), order.symbol(), order.quantity(), price);
    update(order.filled(price, at));
    newFills.add(new PaperFill(order.brokerOrderId(), order.clientOrderId(), order.symbol(), order.side(),
        order.quantity(), price, booking.charges(), booking.realisedPnl(), at));
  }

  private static boolean crosses(PaperOrder o, BigDecimal price) {
    int cmp = price.compareTo(o.limitPrice());
    return o.side() == OrderSide.BUY ? cmp <= 0 : cmp >= 0;
  }

  /** last x (1 +/- u), u uniform in [min, max] %, against the trader: buys pay more, sells get less. */
  private BigDecimal withSlippage(BigDecimal last, OrderSide side) {
    double u = settings.slippageMinPct()
        + random.nextDouble() * (settings.slippageMaxPct() - settings.slippageMinPct());
    double factor = side == OrderSide.BUY ? 1 + u / 100 : 1 - u / 100;
    return last.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
  }

  private boolean isSessionOpen(Instant at) {
    return calendar.isSessionOpen(at.atZone(TradingClock.IST));
  }

  private String newOrderId(Instant now) {
    String number = Long.toString(nextOrderNumber++);
    return "PT" + now.atZone(TradingClock.IST).format(ID_DAY) + "0".repeat(Math.max(0, 6 - number.length())) + number;
  }

  private void update(PaperOrder o) {
    orders.put(o.brokerOrderId(), o);
  }
}
