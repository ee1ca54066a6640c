package in.neotrader.verticles.broker.kotak;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerException.Code;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.broker.BrokerTrade;
import in.neotrader.core.broker.Holding;
import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.broker.Position;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.verticles.broker.kotak.KotakApi.Call;
import in.neotrader.verticles.broker.kotak.KotakErrors.DuplicateTag;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Broker} port over the Kotak Neo Trade API for one user. Logs in lazily and again once
 * when the broker ends the session. A placement is never resent on a lost answer: it fails with
 * TIMEOUT ("UNCERTAIN" in the message) and the caller asks {@link #findOrder(PlacementQuery)}
 * before doing anything else. Every call keeps to the user's {@link KotakRateGovernor}. Use from one verticle
 * context; {@link #close()} frees the HTTP client.
 */
public final class KotakNeoBroker implements Broker, AutoCloseable {

  private static final String PLACE = "/quick/order/rule/ms/place";
  private static final String MODIFY = "/quick/order/vr/modify";
  private static final String CANCEL = "/quick/order/cancel";
  private static final String ORDER_BOOK = "/quick/user/orders";
  private static final String TRADES = "/quick/user/trades";
  private static final String POSITIONS = "/quick/user/positions";
  private static final String HOLDINGS = "/portfolio/v1/holdings";
  private static final String LIMITS = "/quick/user/limits";
  private static final String QUOTES = "/script-details/1.0/quotes/neosymbol/";
  /** Our clock and the broker's may differ by a few seconds; a wider window only finds more candidates. */
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
  private static final Logger LOG = LoggerFactory.getLogger(KotakNeoBroker.class);

  private final WebClient client;
  private final KotakSession session;
  private final KotakApi api;
  private final InstrumentTokens tokens;
  private final Clock clock;
  /** The governor this broker made for itself, closed with it. */
  private final Optional<KotakRateGovernor> governor;
  private final KotakRoute route;

  public KotakNeoBroker(Vertx vertx, KotakCredentials credentials, KotakSettings settings, InstrumentTokens tokens) {
    this(vertx, credentials, settings, tokens, Clock.systemUTC());
  }

  /** With an explicit clock for the TOTP code and the placement time (simulated days in tests). */
  public KotakNeoBroker(Vertx vertx, KotakCredentials credentials, KotakSettings settings, InstrumentTokens tokens,
      Clock clock) {
    this(vertx, credentials, settings, tokens, clock, KotakRateGovernor.standalone(vertx, settings), true);
  }

  /**
   * Inside the service: {@code governor} is the user's, kept across fresh sessions and closed with the account
   * (not by {@link #close()}); {@code route} is the user's way out to Kotak (KOTAK_NEO §10).
   */
  public KotakNeoBroker(Vertx vertx, KotakCredentials credentials, KotakSettings settings, InstrumentTokens tokens,
      Clock clock, KotakRateGovernor governor, KotakRoute route) {
    this(vertx, credentials, settings, tokens, clock, governor, false, route);
  }

  private KotakNeoBroker(Vertx vertx, KotakCredentials credentials, KotakSettings settings, InstrumentTokens tokens,
      Clock clock, KotakRateGovernor governor, boolean ownsGovernor) {
    this(vertx, credentials, settings, tokens, clock, governor, ownsGovernor, KotakRoute.DIRECT);
  }

  private KotakNeoBroker(Vertx vertx, KotakCredentials credentials, KotakSettings settings, InstrumentTokens tokens,
      Clock clock, KotakRateGovernor governor, boolean ownsGovernor, KotakRoute route) {
    // Every call of this user, login included, leaves the same way: the session is bound to that address.
    this.client = WebClient.create(vertx, route.clientOptions());
    this.session = new KotakSession(vertx, client, credentials, settings, clock, governor);
    this.api = new KotakApi(vertx, client, session, settings, governor);
    this.tokens = tokens;
    this.clock = clock;
    this.governor = ownsGovernor ? Optional.of(governor) : Optional.empty();
    this.route = route;
  }

  /** For the UI banner. */
  public SessionState sessionState() {
    return session.state();
  }

  /** The static IP the user registered with Kotak, when given with the credentials. */
  public Optional<String> registeredAddress() {
    return route.registeredIp();
  }

  /**
   * Tells {@code listener} the address Kotak sees after each login, with the one the user registered: the exchange
   * refuses orders from any other (KOTAK_NEO §10).
   */
  public void onAddressSeen(BiConsumer<String, Optional<String>> listener) {
    session.onAddressSeen(seen -> listener.accept(seen, route.registeredIp()));
  }

  @Override
  public Future<BrokerOrderAck> placeOrder(OrderRequest request) {
    PlacementQuery query = PlacementQuery.of(request, clock.instant());
    Call place = Call.orderChange(PLACE, KotakOrderMapper.placeData(request), "place order " + request.clientOrderId());
    LOG.info("Placing {} {} {} x{} ({})", request.variety(), request.side(), request.symbol(), request.quantity(),
        request.clientOrderId());
    return api.withSessionRenewal(() -> api.send(place).map(answer -> ack(answer, request)),
            () -> placeUnlessPresent(place, query, request))
        .recover(failure -> {
          if (failure instanceof DuplicateTag) {
            return adoptExisting(query);
          }
          if (failure instanceof BrokerException e && e.code() == Code.TIMEOUT) {
            LOG.warn("Placement of {} is uncertain: {}", request.clientOrderId(), e.getMessage());
            return Future.failedFuture(KotakErrors.uncertainPlacement(request.clientOrderId().value(), e));
          }
          return Future.failedFuture(failure);
        });
  }

  /**
   * Orders in today's book that may be the placement described by {@code query}: the one carrying
   * our tag when Kotak echoes it; otherwise every order of that symbol, side and quantity entered
   * since it was sent. Empty means the broker has no such order; several means a person must look.
   */
  public Future<List<BrokerOrder>> findOrder(PlacementQuery query) {
    return api.read(Call.get(ORDER_BOOK, "order book")).map(answer -> {
      List<JsonObject> rows = KotakAccountMapper.rows(answer);
      List<BrokerOrder> tagged = rows.stream().map(KotakOrderMapper::order)
          .filter(o -> o.clientOrderId().filter(query.clientOrderId().value()::equals).isPresent()).toList();
      if (!tagged.isEmpty()) {
        return tagged;
      }
      Instant since = query.sentAt().minus(CLOCK_SKEW);
      // A row without a readable entry time stays a candidate: a false match is safer than a resend.
      return rows.stream().filter(row -> KotakOrderMapper.placedAt(row).map(t -> !t.isBefore(since)).orElse(true))
          .map(KotakOrderMapper::order)
          .filter(o -> o.symbol().equalsIgnoreCase(query.symbol()) && o.side() == query.side()
              && o.quantity() == query.quantity())
          .toList();
    });
  }

  @Override
  public Future<BrokerOrderAck> modifyOrder(String brokerOrderId, OrderModification modification) {
    return orderRow(brokerOrderId)
        .compose(row -> api.write(Call.orderChange(MODIFY, KotakOrderMapper.modifyData(row, modification),
            "modify order " + brokerOrderId)))
        .map(answer -> new BrokerOrderAck(answer.getString("nOrdNo", brokerOrderId)));
  }

  @Override
  public Future<Void> cancelOrder(String brokerOrderId) {
    return orderRow(brokerOrderId)
        .compose(row -> api.write(Call.orderChange(CANCEL, KotakOrderMapper.cancelData(row), "cancel order " + brokerOrderId)))
        .mapEmpty();
  }

  @Override
  public Future<List<BrokerOrder>> orderBook() {
    return api.read(Call.get(ORDER_BOOK, "order book"))
        .map(answer -> KotakAccountMapper.rows(answer).stream().map(KotakOrderMapper::order).toList());
  }

  @Override
  public Future<List<BrokerTrade>> trades() {
    return api.read(Call.get(TRADES, "trade book")).map(KotakAccountMapper::trades);
  }

  @Override
  public Future<List<Holding>> holdings() {
    return api.read(Call.get(HOLDINGS, "holdings")).map(KotakAccountMapper::holdings);
  }

  @Override
  public Future<List<Position>> positions() {
    return api.read(Call.get(POSITIONS, "positions")).map(KotakAccountMapper::positions);
  }

  /** Needs the symbol's exchange token from {@link InstrumentTokens}; a base symbol is read as its -EQ series. */
  @Override
  public Future<BigDecimal> quote(String symbol) {
    String tradingSymbol = TradingSymbol.base(symbol).equals(symbol) ? TradingSymbol.equity(symbol) : symbol;
    return tokens.nseToken(tradingSymbol)
        .map(token -> api.read(Call.get(QUOTES + "nse_cm|" + token + "/ltp", "quote " + tradingSymbol))
            .map(answer -> KotakAccountMapper.lastPrice(answer, tradingSymbol)))
        .orElseGet(() -> Future.failedFuture(
            new BrokerException(Code.NOT_FOUND, "quote: no exchange token known for " + tradingSymbol)));
  }

  @Override
  public Future<BigDecimal> funds() {
    JsonObject all = new JsonObject().put("seg", "ALL").put("exch", "ALL").put("prod", "ALL");
    return api.read(Call.post(LIMITS, all, "limits")).map(KotakAccountMapper::funds);
  }

  @Override
  public void close() {
    governor.ifPresent(KotakRateGovernor::close);
    client.close();
  }

  /** After a fresh login: the refused request may still have landed, so look before sending it again. */
  private Future<BrokerOrderAck> placeUnlessPresent(Call place, PlacementQuery query, OrderRequest request) {
    return findOrder(query).compose(found -> found.isEmpty()
        ? api.send(place).map(answer -> ack(answer, request))
        : adoptExisting(query));
  }

  /** Kotak says our tag exists: hand back that order, or stay uncertain when the book does not show exactly one. */
  private Future<BrokerOrderAck> adoptExisting(PlacementQuery query) {
    return findOrder(query).compose(found -> found.size() == 1
        ? Future.succeededFuture(new BrokerOrderAck(found.get(0).brokerOrderId()))
        : Future.failedFuture(new BrokerException(Code.TIMEOUT, "placement of " + query.clientOrderId()
            + " is UNCERTAIN: the order book shows " + found.size() + " candidate orders; check before sending again")));
  }

  /** Success is "Ok" with an order number; without one the order may exist (TRADING_RULES §5). */
  private static BrokerOrderAck ack(JsonObject answer, OrderRequest request) {
    String orderNumber = answer.getString("nOrdNo", "");
    if (orderNumber.isBlank()) {
      throw new BrokerException(Code.TIMEOUT, "place order " + request.clientOrderId() + ": Kotak answered without an order number");
    }
    return new BrokerOrderAck(orderNumber);
  }

  private Future<JsonObject> orderRow(String brokerOrderId) {
    return api.read(Call.get(ORDER_BOOK, "order book")).compose(answer -> KotakAccountMapper.rows(answer).stream()
        .filter(row -> brokerOrderId.equals(KotakFields.text(row, "nOrdNo"))).findFirst()
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(
            new BrokerException(Code.NOT_FOUND, "order " + brokerOrderId + " is not in today's order book"))));
  }
}
