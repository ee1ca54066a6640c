package in.neotrader.verticles.broker.kotak.fake;

import in.neotrader.verticles.broker.kotak.KotakCredentials;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A local Kotak Neo Trade API for tests: a real Vert.x HTTP server on a free port speaking the
 * protocol of KOTAK_NEO.md for one account, with an in-memory order book and a fault script.
 *
 * <pre>{@code
 * KotakCredentials account = new KotakCredentials("access-token", "+919800000001", "AB123", "123456", "JBSWY3DPEHPK3PXP");
 * FakeKotakNeoServer fake = FakeKotakNeoServer.start(vertx, account).await();   // or .onSuccess(...)
 * KotakNeoBroker broker = new KotakNeoBroker(vertx, account, KotakSettings.defaults(fake.loginUrl()), tokens);
 * fake.faults().dropResponses(FakeEndpoint.PLACE, 1);  // the next placement is booked, its answer lost
 * fake.fillAll(new BigDecimal("2450.00"));              // every live order completes at that price
 * assertThat(fake.placements()).isEqualTo(1);            // no duplicate order
 * fake.stop();
 * }</pre>
 *
 * <ul>
 *   <li>{@link #loginUrl()} is what {@code KOTAK_BASE_URL} should be; login answers a baseUrl pointing
 *       back at this server, so every call lands here.</li>
 *   <li>Login checks the access token, mobile number, UCC, a TOTP code of the account's seed (one step
 *       of clock drift allowed) and the MPIN, as Kotak does; post-login calls need {@code Auth},
 *       {@code Sid} and {@code neo-fin-key} of a live session (400 code 10512 when missing, 403 when stale).</li>
 *   <li>Placements: AMO orders show "after market order req received", others "open"; a repeated
 *       {@code ig} tag is refused with code 32; an empty book answers 5203 "No Data"; values are strings.</li>
 *   <li>Account: {@link #fillAll}, {@link #fill}, {@link #putHolding}, {@link #setCash}, {@link #putQuote}.</li>
 *   <li>Observation: {@link #calls}, {@link #arrivals}, {@link #placements}, {@link #orders}, {@link #sessionsOpened},
 *       {@link #lastHeaders}. Faults: {@link #faults()} and {@link #expireSessions()}.</li>
 * </ul>
 */
public final class FakeKotakNeoServer {
  /** The calls Kotak checks the static IP on (KOTAK_NEO §10). */
  private static final EnumSet<FakeEndpoint> ORDER_CHANGES = EnumSet.of(FakeEndpoint.PLACE, FakeEndpoint.MODIFY,
      FakeEndpoint.CANCEL);

  private final Vertx vertx;
  private final FakeKotakBook book;
  private final FakeKotakSessions sessions;
  private final FakeKotakOrders orderDesk;
  private final FakeFaults faults = new FakeFaults();
  private final Map<FakeEndpoint, Integer> calls = new EnumMap<>(FakeEndpoint.class);
  private final Map<FakeEndpoint, MultiMap> lastHeaders = new EnumMap<>(FakeEndpoint.class);
  private final List<FakeRequest> requests = new ArrayList<>();
  private final Map<FakeEndpoint, List<Long>> arrivals = new EnumMap<>(FakeEndpoint.class);
  private HttpServer server;

  private String scheme;

  private FakeKotakNeoServer(Vertx vertx, KotakCredentials account, Clock clock) {
    this.vertx = vertx;
    this.book = new FakeKotakBook(clock);
    this.sessions = new FakeKotakSessions(account, clock);
    this.orderDesk = new FakeKotakOrders(book, faults);
  }

  /** Starts a server for {@code account} on a free local port. */
  public static Future<FakeKotakNeoServer> start(Vertx vertx, KotakCredentials account) {
    return start(vertx, account, Clock.systemUTC());
  }

  /** As {@link #start(Vertx, KotakCredentials)}, with the clock that checks TOTP codes and stamps orders. */
  public static Future<FakeKotakNeoServer> start(Vertx vertx, KotakCredentials account, Clock clock) {
    return start(vertx, account, clock, new HttpServerOptions());
  }

  /** Over HTTPS as the real Kotak is, presenting {@code serverKey} (a client reaches it through CONNECT proxies). */
  public static Future<FakeKotakNeoServer> startTls(Vertx vertx, KotakCredentials account, KeyCertOptions serverKey) {
    return start(vertx, account, Clock.systemUTC(), new HttpServerOptions().setSsl(true).setKeyCertOptions(serverKey));
  }

  private static Future<FakeKotakNeoServer> start(Vertx vertx, KotakCredentials account, Clock clock,
      HttpServerOptions options) {
    FakeKotakNeoServer fake = new FakeKotakNeoServer(vertx, account, clock);
    fake.scheme = options.isSsl() ? "https" : "http";
    return vertx.createHttpServer(options).requestHandler(fake.router()).listen(0, "127.0.0.1")
        .map(server -> {
          fake.server = server;
          fake.sessions.baseUrl(fake.loginUrl());
          return fake;
        });
  }

  public Future<Void> stop() {
    return server.close();
  }

  public int port() {
    return server.actualPort();
  }

  /** The login host; also the baseUrl handed out at login. */
  public String loginUrl() {
    return scheme + "://127.0.0.1:" + port();
  }

  public FakeFaults faults() {
    return faults;
  }

  /** Ends every open session, as a token reset or Kotak's daily expiry does: the next call gets 403. */
  public void expireSessions() {
    sessions.expireAll();
  }

  /** How often an endpoint was called, answered or not. */
  public synchronized int calls(FakeEndpoint endpoint) {
    return calls.getOrDefault(endpoint, 0);
  }

  /** Orders that exist at the fake (each accepted placement, including RMS-rejected ones). */
  public int placements() {
    return book.orderRows().size();
  }

  /** Today's order-book rows exactly as served. */
  public List<JsonObject> orders() {
    return book.orderRows();
  }

  /** The TOTP code of the last login attempt (empty before any). */
  public String lastLoginTotp() {
    return sessions.lastTotp();
  }

  /** Trade sessions opened by a successful MPIN validate. */
  public int sessionsOpened() {
    return sessions.opened();
  }

  /** Every request that reached the fake, in arrival order. */
  public synchronized List<FakeRequest> requests() {
    return List.copyOf(requests);
  }

  /** When each call of an endpoint arrived (System.nanoTime, in arrival order), as Kotak counts for its rate limits. */
  public synchronized List<Long> arrivals(FakeEndpoint endpoint) {
    return List.copyOf(arrivals.getOrDefault(endpoint, List.of()));
  }

  /** The most calls of {@code endpoints} together that arrived within one {@code window}: what a rate limit counts. */
  public synchronized int busiest(Duration window, FakeEndpoint... endpoints) {
    long[] times = Arrays.stream(endpoints).flatMap(e -> arrivals.getOrDefault(e, List.of()).stream())
        .mapToLong(Long::longValue).sorted().toArray();
    int most = 0;
    for (int first = 0, last = 0; last < times.length; last++) {
      while (times[last] - times[first] >= window.toNanos()) {
        first++;
      }
      most = Math.max(most, last - first + 1);
    }
    return most;
  }

  /** Request headers of the last call of an endpoint (empty before any). */
  public synchronized MultiMap lastHeaders(FakeEndpoint endpoint) {
    return lastHeaders.getOrDefault(endpoint, MultiMap.caseInsensitiveMultiMap());
  }

  /** Completes every open or AMO order that can trade at {@code price}; a limit beyond it stays open. */
  public void fillAll(BigDecimal price) {
    book.liveOrderNumbers().stream().filter(number -> book.fillsAt(number, price))
        .forEach(number -> book.fill(number, Integer.MAX_VALUE / 2, price));
  }

  /** Fills {@code quantity} of one order at {@code price}; less than the rest leaves it open, partly filled. */
  public void fill(String orderNumber, int quantity, BigDecimal price) {
    book.fill(orderNumber, quantity, price);
  }

  /**
   * The trader sells {@code quantity} of {@code tradingSymbol} in the Kotak app: a MARKET order without our tag,
   * filled at once at {@code price}. Its order number.
   */
  public String sellInTheApp(String tradingSymbol, int quantity, BigDecimal price) {
    String number = book.place(new JsonObject().put("am", "NO").put("es", "nse_cm").put("pc", "CNC").put("pt", "MKT")
        .put("qt", Integer.toString(quantity)).put("pr", "0").put("rt", "DAY").put("ts", tradingSymbol).put("tt", "S"),
        Optional.empty());
    book.fill(number, quantity, price);
    return number;
  }

  public void putHolding(String symbol, int quantity, BigDecimal averagePrice) {
    book.putHolding(symbol, quantity, averagePrice);
  }

  public void setCash(BigDecimal available) {
    book.cash(available);
  }

  /** Makes {@code nse_cm|token} quotable, e.g. {@code putQuote("2885", "RELIANCE-EQ", 2450.5)}. */
  public void putQuote(String token, String tradingSymbol, BigDecimal lastPrice) {
    book.putQuote(token, tradingSymbol, lastPrice);
  }

  private Router router() {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create());
    router.post("/login/1.0/tradeApiLogin").handler(serve(FakeEndpoint.LOGIN, false, sessions::login));
    router.post("/login/1.0/tradeApiValidate").handler(serve(FakeEndpoint.VALIDATE, false, sessions::validate));
    router.post("/quick/order/rule/ms/place").handler(serve(FakeEndpoint.PLACE, true, orderDesk::place));
    router.post("/quick/order/vr/modify").handler(serve(FakeEndpoint.MODIFY, true, orderDesk::modify));
    router.post("/quick/order/cancel").handler(serve(FakeEndpoint.CANCEL, true, orderDesk::cancel));
    router.get("/quick/user/orders").handler(serve(FakeEndpoint.ORDER_BOOK, true, orderDesk::orderBook));
    router.get("/quick/user/trades").handler(serve(FakeEndpoint.TRADES, true, orderDesk::tradeBook));
    router.get("/quick/user/positions").handler(serve(FakeEndpoint.POSITIONS, true,
        ctx -> FakeAnswer.ok(new JsonObject().put("stat", "Ok").put("stCode", 200).put("data", book.positionRows()))));
    router.get("/portfolio/v1/holdings").handler(serve(FakeEndpoint.HOLDINGS, true,
        ctx -> FakeAnswer.ok(new JsonObject().put("data", book.holdingRows()))));
    router.post("/quick/user/limits").handler(serve(FakeEndpoint.LIMITS, true, ctx -> FakeAnswer.ok(book.limits())));
    router.get("/script-details/1.0/quotes/neosymbol/:symbols/:filter")
        .handler(serve(FakeEndpoint.QUOTES, false, orderDesk::quotes));
    // The address this connection comes from, as Kotak reports it (KOTAK_NEO §1.5).
    router.get("/login/1.0/get-client-ip").handler(serve(FakeEndpoint.CLIENT_IP, true, ctx -> FakeAnswer.ok(
        new JsonObject().put("data", new JsonArray().add(new JsonObject()
            .put("ip", ctx.request().remoteAddress().hostAddress()).put("time", Instant.now().toString())))
            .put("stCode", 1000).put("status", "success"))));
    return router;
  }

  /** The fault pipeline around every endpoint: latency, session check, refusal, action, lost answer. */
  private Handler<RoutingContext> serve(FakeEndpoint endpoint, boolean needsSession,
      Function<RoutingContext, FakeAnswer> action) {
    return ctx -> {
      record(endpoint, ctx);
      long delay = faults.latencyOf(endpoint).toMillis();
      if (delay > 0) {
        vertx.setTimer(delay, id -> handle(endpoint, needsSession, action, ctx));
      } else {
        handle(endpoint, needsSession, action, ctx);
      }
    };
  }

  private void handle(FakeEndpoint endpoint, boolean needsSession, Function<RoutingContext, FakeAnswer> action,
      RoutingContext ctx) {
    Optional<FakeAnswer> refusal = needsSession ? sessions.checkTradeHeaders(ctx.request().headers())
        : sessions.checkAccessToken(ctx.request().headers(), endpoint);
    if (refusal.isEmpty() && ORDER_CHANGES.contains(endpoint)
        && faults.refusesOrdersFrom(ctx.request().remoteAddress().hostAddress())) {
      refusal = Optional.of(new FakeAnswer(401, new JsonObject().put("stat", "Not_Ok").put("stCode", 100008)
          .put("errMsg", "unauthorized")));
    }
    if (refusal.isEmpty()) {
      refusal = faults.nextRefusal(endpoint).map(r -> new FakeAnswer(r.httpStatus(), r.body()));
    }
    if (refusal.isPresent()) {
      refusal.get().sendTo(ctx);
      return;
    }
    FakeAnswer answer = action.apply(ctx);
    switch (faults.nextAfterEffect(endpoint)) {
      case ANSWER -> answer.sendTo(ctx);
      case DROP -> ctx.request().connection().close();
      case WITHHOLD -> { } // the client's timeout is the point
    }
  }

  private synchronized void record(FakeEndpoint endpoint, RoutingContext ctx) {
    calls.merge(endpoint, 1, Integer::sum);
    arrivals.computeIfAbsent(endpoint, e -> new ArrayList<>()).add(System.nanoTime());
    lastHeaders.put(endpoint, MultiMap.caseInsensitiveMultiMap().addAll(ctx.request().headers()));
    requests.add(FakeRequest.of(ctx));
  }
}
