package in.neotrader.web.portfolio;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.orders.OrderState;
import in.neotrader.sql.orders.FillRepository;
import in.neotrader.sql.orders.OrderFilter;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.pnl.DailyPnl;
import in.neotrader.sql.pnl.DailyPnlRepository;
import in.neotrader.sql.positions.Position;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.sql.signals.Signal;
import in.neotrader.sql.signals.SignalRepository;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.QueryParams;
import in.neotrader.web.http.Replies;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the trader owns and did: orders (with fills and CSV), positions with unrealised P&L, signals, daily P&L. */
public final class PortfolioRoutes {
  private static final List<String> SIDES = List.of("BUY", "SELL");

  private final OrderRepository orders;
  private final FillRepository fills;
  private final PositionRepository positions;
  private final SignalRepository signals;
  private final DailyPnlRepository pnl;
  private final CsvExports csv;

  private PortfolioRoutes(OrderRepository orders, FillRepository fills, PositionRepository positions,
      SignalRepository signals, DailyPnlRepository pnl) {
    this.orders = orders;
    this.fills = fills;
    this.positions = positions;
    this.signals = signals;
    this.pnl = pnl;
    this.csv = new CsvExports(orders, fills);
  }

  public static PortfolioRoutes create(Pool pool) {
    return new PortfolioRoutes(new OrderRepository(pool), new FillRepository(pool), new PositionRepository(pool),
        new SignalRepository(pool), new DailyPnlRepository(pool));
  }

  public void mount(Router user) {
    user.get("/orders").handler(this::listOrders);
    user.get("/orders.csv").handler(csv::orders);
    user.get("/fills.csv").handler(csv::fills);
    user.get("/orders/:id").handler(this::oneOrder);
    user.get("/positions").handler(this::listPositions);
    user.get("/signals").handler(this::signalsOfDay);
    user.get("/pnl/daily").handler(this::dailyPnl);
  }

  /** The filters of the orders list and its CSV. */
  static OrderFilter orderFilter(RoutingContext ctx) {
    return new OrderFilter(QueryParams.choice(ctx, "status", OrderState.names()).orElse(null),
        QueryParams.text(ctx, "symbol", 40).orElse(null), QueryParams.choice(ctx, "side", SIDES).orElse(null),
        QueryParams.instant(ctx, "from").orElse(null), QueryParams.instant(ctx, "to").orElse(null));
  }

  private void listOrders(RoutingContext ctx) {
    orders.page(Caller.of(ctx).userId(), orderFilter(ctx), QueryParams.page(ctx))
        .onSuccess(page -> Replies.page(ctx, page, PortfolioJson::order))
        .onFailure(ctx::fail);
  }

  /** Another user's order id answers 404 exactly like a missing one: the repository scopes by user. */
  private void oneOrder(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    long orderId = QueryParams.id(ctx, "id");
    orders.findById(userId, orderId)
        .map(found -> found.orElseThrow(() -> ApiError.notFound("order")))
        .compose(order -> fills.listForOrder(userId, orderId)
            .map(list -> PortfolioJson.order(order).put("fills", Replies.items(list, PortfolioJson::fill))))
        .onSuccess(body -> Replies.ok(ctx, body))
        .onFailure(ctx::fail);
  }

  /** Unrealised P&L against the last close the analysis saw for the symbol (null when it has none yet). */
  private void listPositions(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    Future<List<Position>> held = positions.listAll(userId);
    Future<LastCloses> closes = LastCloses.of(signals, userId);
    Future.all(held, closes)
        .map(both -> new JsonObject().put("items", Replies.items(held.result(),
            p -> PortfolioJson.position(p, closes.result().priceOf(p.symbol())))))
        .onSuccess(body -> Replies.ok(ctx, body))
        .onFailure(ctx::fail);
  }

  /**
   * Without a day: the last day the analysis wrote, so a weekend, a holiday or a simulated clock in another year
   * still shows the latest signals rather than an empty page.
   */
  private void signalsOfDay(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    Optional<LocalDate> asked = QueryParams.day(ctx, "day");
    Future<LocalDate> day = asked.isPresent() ? Future.succeededFuture(asked.get())
        : signals.latestDay(userId).map(latest -> latest.orElseGet(PortfolioRoutes::today));
    day.compose(d -> signals.listForDay(userId, d)
            .map(list -> new JsonObject().put("day", d.toString()).put("items", Replies.items(list, PortfolioJson::signal))))
        .onSuccess(body -> Replies.ok(ctx, body))
        .onFailure(ctx::fail);
  }

  /** Without {@code to}: up to the last day with figures (the same reasoning as the signals' day). */
  private void dailyPnl(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    Optional<LocalDate> askedTo = QueryParams.day(ctx, "to");
    Optional<LocalDate> askedFrom = QueryParams.day(ctx, "from");
    Future<LocalDate> to = askedTo.isPresent() ? Future.succeededFuture(askedTo.get())
        : pnl.latestDay(userId).map(latest -> latest.orElseGet(PortfolioRoutes::today));
    to.compose(end -> {
          LocalDate from = askedFrom.orElse(end.minusDays(30));
          if (from.isAfter(end)) {
            throw ApiError.validation(Map.of("from", "must not be after to"));
          }
          return pnl.list(userId, from, end);
        })
        .onSuccess(list -> Replies.ok(ctx, new JsonObject().put("items", Replies.items(list, PortfolioRoutes::day))))
        .onFailure(ctx::fail);
  }

  private static LocalDate today() {
    return LocalDate.now(TradingClock.IST);
  }

  private static JsonObject day(DailyPnl d) {
    return new JsonObject().put("day", d.day().toString()).put("realised", Replies.money(d.realised(), 2))
        .put("unrealised", Replies.money(d.unrealised(), 2)).put("fees", Replies.money(d.fees(), 4));
  }
}
