package in.neotrader.web.portfolio;

import static in.neotrader.web.http.BodyField.optionalNumber;
import static in.neotrader.web.http.BodyField.text;

import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.JsonBody;
import in.neotrader.web.http.QueryParams;
import in.neotrader.web.http.Replies;
import in.neotrader.web.http.Throttle;
import in.neotrader.web.service.ServiceRoutes;
import in.neotrader.web.service.TradingCommands;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The trader acting from the UI: cancel or re-price an open order, exit a position. Both go to the user's running service,
 * which places and cancels through the engine's own order path; each attempt is audited with its outcome, and a
 * refusal (market closed, risk check, kill switch, broker) is a 409 whose message says why.
 */
public final class TraderOrderRoutes {
  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
  private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9&-]{1,20}");
  // Far above any NSE share price or holding: only a typo or a script gets here.
  private static final BigDecimal MAX_PRICE = new BigDecimal("10000000");
  private static final int MAX_QUANTITY = 10_000_000;

  private final TradingCommands commands;
  private final OrderRepository orders;
  private final AuditTrail audit;
  // A person confirms each one: more than this a minute is a stuck button or a script.
  private final Throttle actions = new Throttle(20, Duration.ofMinutes(1));

  public TraderOrderRoutes(TradingCommands commands, Pool pool, AuditTrail audit) {
    this.commands = commands;
    this.orders = new OrderRepository(pool);
    this.audit = audit;
  }

  public void mount(Router user) {
    user.post("/orders/:id/cancel").handler(this::cancel);
    user.post("/orders/:id/modify").handler(this::modify);
    user.post("/positions/:symbol/exit").handler(this::exit);
  }

  private void cancel(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    long orderId = QueryParams.id(ctx, "id");
    actions.take("user:" + userId);
    act(ctx, userId, "order.cancel", new JsonObject().put("orderId", orderId), commands.cancelOrder(userId, orderId));
  }

  private void modify(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    long orderId = QueryParams.id(ctx, "id");
    BigDecimal price = rupees(JsonBody.read(ctx, optionalNumber("price")).getNumber("price"), "price");
    if (price == null) {
      throw ApiError.validation(Map.of("price", "is required"));
    }
    actions.take("user:" + userId);
    act(ctx, userId, "order.modify", new JsonObject().put("orderId", orderId).put("price", price.toPlainString()),
        commands.modifyOrder(userId, orderId, price.toPlainString()));
  }

  /** A price in rupees above 0 with at most 2 decimals, or null when absent; else a 400 naming {@code field}. */
  private static BigDecimal rupees(Number value, String field) {
    if (value == null) {
      return null;
    }
    BigDecimal price = value instanceof Double d && !Double.isFinite(d) ? null : new BigDecimal(value.toString());
    if (price == null || price.signum() <= 0 || price.stripTrailingZeros().scale() > 2
        || price.compareTo(MAX_PRICE) > 0) {
      throw ApiError.validation(Map.of(field, "must be a price in rupees above 0, at most 2 decimals"));
    }
    return price;
  }

  private void exit(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    String symbol = ctx.pathParam("symbol").toUpperCase();
    if (!SYMBOL.matcher(symbol).matches()) {
      throw ApiError.validation(Map.of("symbol", "must be an NSE symbol"));
    }
    JsonObject body = JsonBody.read(ctx, text("requestId", 64), text("orderType", 10), optionalNumber("limitPrice"),
        optionalNumber("quantity"));
    JsonObject exit = exitCommand(symbol, body);
    actions.take("user:" + userId);
    act(ctx, userId, "position.exit", exit, commands.exitPosition(userId, exit));
  }

  /** The command for the engine, or a 400 naming the fields that are wrong. */
  static JsonObject exitCommand(String symbol, JsonObject body) {
    String type = body.getString("orderType");
    Number limit = body.getNumber("limitPrice");
    Number quantity = body.getNumber("quantity");
    if (!REQUEST_ID.matcher(body.getString("requestId")).matches()) {
      throw ApiError.validation(Map.of("requestId", "must be 8 to 64 letters, digits or dashes"));
    }
    if (!"MARKET".equals(type) && !"LIMIT".equals(type)) {
      throw ApiError.validation(Map.of("orderType", "must be MARKET or LIMIT"));
    }
    BigDecimal price = rupees(limit, "limitPrice");
    if ("LIMIT".equals(type) && price == null) {
      throw ApiError.validation(Map.of("limitPrice", "a LIMIT exit needs a price"));
    }
    if ("MARKET".equals(type) && price != null) {
      throw ApiError.validation(Map.of("limitPrice", "a MARKET exit has no price"));
    }
    if (quantity != null && (quantity.doubleValue() < 1 || quantity.doubleValue() > MAX_QUANTITY
        || quantity.doubleValue() != Math.rint(quantity.doubleValue()))) {
      throw ApiError.validation(Map.of("quantity", "must be a whole number of shares, 1 to " + MAX_QUANTITY));
    }
    return new JsonObject().put("symbol", symbol).put("orderType", type)
        .put("limitPrice", price == null ? null : price.toPlainString())
        .put("quantity", quantity == null ? null : quantity.intValue()).put("requestId", body.getString("requestId"));
  }

  /** Audits the attempt with its outcome, then answers the order as booked or the refusal. */
  private void act(RoutingContext ctx, long userId, String action, JsonObject details, Future<JsonObject> command) {
    command.recover(ServiceRoutes::notRunningIsAConflict)
        .transform(ar -> {
          JsonObject outcome = ar.succeeded() ? ar.result()
              : new JsonObject().put("ok", false).put("code", ar.cause() instanceof ApiError e ? e.code() : "error");
          return audit.record(ctx, userId, action, details.copy().put("outcome", outcome))
              .compose(v -> ar.succeeded() ? Future.succeededFuture(ar.result()) : Future.failedFuture(ar.cause()));
        })
        .compose(reply -> {
          if (!reply.getBoolean("ok", false)) {
            // Another user's order is not found either, exactly like GET /orders/:id.
            return Future.failedFuture("order_not_found".equals(reply.getString("code")) ? ApiError.notFound("order")
                : ApiError.conflict(reply.getString("code"), reply.getString("message")));
          }
          return orders.findById(userId, reply.getLong("orderId")).map(found -> PortfolioJson.order(found.orElseThrow())
              .put("repeated", reply.getBoolean("repeated", false)));
        })
        .onSuccess(order -> Replies.ok(ctx, order))
        .onFailure(ctx::fail);
  }
}
