package in.neotrader.web.service;

import in.neotrader.verticles.trading.TradingVerticle;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;

/**
 * The web layer's only way to act on a trading service: commands over the (clustered) event bus to the
 * ServiceManager ({@code trading.manager}) and to a user's running verticle ({@code trading.user.<id>.control}).
 * Failures come back as ReplyException (404 unknown user, 409 conflict, 500), mapped by the error contract.
 */
public final class TradingCommands {
  public static final String MANAGER = "trading.manager";
  private static final DeliveryOptions TIMEOUT = new DeliveryOptions().setSendTimeout(10_000);
  // A status card must not wait on a busy engine: past this, it shows no next runs rather than hang the page.
  private static final DeliveryOptions STATUS_TIMEOUT = new DeliveryOptions().setSendTimeout(1_000);

  // A trader's order waits behind the task run in flight (one queue per user), then a broker call or two.
  private static final DeliveryOptions TRADER_ORDER_TIMEOUT = new DeliveryOptions().setSendTimeout(30_000);
  private static final DeliveryOptions BROKER_TEST_TIMEOUT = new DeliveryOptions().setSendTimeout(120_000);

  private final EventBus bus;

  public TradingCommands(EventBus bus) {
    this.bus = bus;
  }

  public static String controlAddress(long userId) {
    return "trading.user." + userId + ".control";
  }

  public static String eventsAddress(long userId) {
    return "trading.user." + userId + ".events";
  }

  /** Reply {@code {"userId", "running", "node"}}. */
  public Future<JsonObject> start(long userId) {
    return manager("start", userId);
  }

  public Future<JsonObject> stop(long userId) {
    return manager("stop", userId);
  }

  /** Reply {@code {"accepted": true}}; fails with NO_HANDLERS when the user's service is not running. */
  public Future<JsonObject> runTask(long userId, String task) {
    return request(controlAddress(userId), new JsonObject().put("action", "run-task").put("task", task));
  }

  /**
   * Reply {@code {"userId", "running", "node", "tasks": [{"name", "nextRunAt"}]}} from the user's verticle, on
   * whichever node runs it; fails with NO_HANDLERS when the service is not running.
   */
  public Future<JsonObject> serviceStatus(long userId) {
    return bus.<JsonObject>request(controlAddress(userId), new JsonObject().put("action", "status"), STATUS_TIMEOUT)
        .map(reply -> reply.body());
  }

  /**
   * Reply {@code {ok: true, orderId, repeated}} or {@code {ok: false, code, message}}; fails with NO_HANDLERS when
   * the service is not running (only the running service may talk to the broker).
   */
  public Future<JsonObject> cancelOrder(long userId, long orderId) {
    return traderOrder(userId, new JsonObject().put("action", TradingVerticle.CANCEL_ORDER).put("orderId", orderId));
  }

  /** As {@link #cancelOrder}, giving the open LIMIT order {@code price} (plain text rupees). */
  public Future<JsonObject> modifyOrder(long userId, long orderId, String price) {
    return traderOrder(userId, new JsonObject().put("action", TradingVerticle.MODIFY_ORDER).put("orderId", orderId)
        .put("price", price));
  }

  /** As {@link #cancelOrder}: {@code exit} holds symbol, orderType, limitPrice (text or null), quantity, requestId. */
  public Future<JsonObject> exitPosition(long userId, JsonObject exit) {
    return traderOrder(userId, exit.copy().put("action", TradingVerticle.EXIT_POSITION));
  }

  private Future<JsonObject> traderOrder(long userId, JsonObject command) {
    return bus.<JsonObject>request(controlAddress(userId), command, TRADER_ORDER_TIMEOUT).map(reply -> reply.body());
  }

  public Future<JsonObject> brokerLogin(long userId) {
    return request(controlAddress(userId), new JsonObject().put("action", "broker-login"));
  }

  /**
   * Reply {@code {ok, message, checkedAt, availableFunds, seenIp, registeredIp}}: a login of its own with the saved
   * credentials (two login steps, a funds read and get-client-ip, each within the Kotak call timeout).
   */
  public Future<JsonObject> testBroker(long userId) {
    return bus.<JsonObject>request(MANAGER, new JsonObject().put("action", "test-broker").put("userId", userId),
        BROKER_TEST_TIMEOUT).map(reply -> reply.body());
  }

  /**
   * Tells the user's verticle, wherever it runs, that a kill switch is set; answered once no new order of that user
   * can leave. A service that is not running has nothing to stop (its next start reads the stored switch).
   */
  public Future<Void> halt(long userId, String reason, boolean cancelOpenOrders) {
    return toRunningService(userId, new JsonObject().put("action", TradingVerticle.HALT).put("reason", reason)
        .put("cancelOpenOrders", cancelOpenOrders));
  }

  /** After a switch was cleared: the verticle reads the stored switches again (another may still hold). */
  public Future<Void> resume(long userId) {
    return toRunningService(userId, new JsonObject().put("action", TradingVerticle.RESUME));
  }

  private Future<Void> toRunningService(long userId, JsonObject command) {
    return request(controlAddress(userId), command).<Void>mapEmpty().recover(failure ->
        failure instanceof ReplyException r && r.failureType() == ReplyFailure.NO_HANDLERS
            ? Future.succeededFuture() : Future.failedFuture(failure));
  }

  private Future<JsonObject> manager(String action, long userId) {
    return request(MANAGER, new JsonObject().put("action", action).put("userId", userId));
  }

  private Future<JsonObject> request(String address, JsonObject command) {
    return bus.<JsonObject>request(address, command, TIMEOUT).map(reply -> reply.body());
  }
}
