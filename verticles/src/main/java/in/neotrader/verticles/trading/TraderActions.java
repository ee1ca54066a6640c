package in.neotrader.verticles.trading;

import in.neotrader.core.orders.OrderType;
import in.neotrader.sql.orders.Order;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.orders.TraderCancels;
import in.neotrader.verticles.orders.TraderExits;
import in.neotrader.verticles.orders.TraderModifies;
import in.neotrader.verticles.orders.TraderOrderRefused;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/**
 * The trader's own orders, sent by the web API to the user's verticle: cancel or re-price an open order, exit a
 * position. Each runs as a job of the verticle's queue, between task runs, so it never races a task over the same
 * order book. The answer: {@code {ok: true, orderId, repeated}} or {@code {ok: false, code, message}} for a refusal.
 */
final class TraderActions {
  private final long userId;
  private final UserEvents userEvents;

  TraderActions(long userId, UserEvents userEvents) {
    this.userId = userId;
    this.userEvents = userEvents;
  }

  /** The job that cancels {@code body.orderId} and answers {@code message} when done. */
  Future<Void> cancel(UserSession session, JsonObject body, Message<JsonObject> message) {
    PendingEvents events = new PendingEvents();
    return answer(new TraderCancels(session).cancel(body.getLong("orderId"), events)
        .map(order -> ok(order, false)), events, message);
  }

  /** The job that gives {@code body.orderId} the limit {@code body.price} and answers {@code message} when done. */
  Future<Void> modify(UserSession session, JsonObject body, Message<JsonObject> message) {
    PendingEvents events = new PendingEvents();
    return answer(new TraderModifies(session).modify(body.getLong("orderId"), new BigDecimal(body.getString("price")),
        events).map(order -> ok(order, false)), events, message);
  }

  /** The job that exits the position {@code body.symbol} and answers {@code message} when done. */
  Future<Void> exit(UserSession session, JsonObject body, Message<JsonObject> message) {
    PendingEvents events = new PendingEvents();
    String price = body.getString("limitPrice");
    TraderExits.ExitRequest request = new TraderExits.ExitRequest(body.getString("symbol"),
        OrderType.valueOf(body.getString("orderType")), price == null ? null : new BigDecimal(price),
        body.getInteger("quantity"), body.getString("requestId"));
    return answer(new TraderExits(session).exit(request, events).map(exit -> ok(exit.order(), exit.repeated())),
        events, message);
  }

  /** Publishes what was booked (also when a later step failed: it is committed) and answers. */
  private Future<Void> answer(Future<JsonObject> done, PendingEvents events, Message<JsonObject> message) {
    return done.andThen(ar -> events.publishTo(userEvents, userId))
        .onSuccess(message::reply)
        .onFailure(failure -> {
          if (failure instanceof TraderOrderRefused refused) {
            message.reply(new JsonObject().put("ok", false).put("code", refused.code())
                .put("message", refused.getMessage()));
          } else {
            message.fail(500, String.valueOf(failure.getMessage()));
          }
        })
        .<Void>mapEmpty().otherwiseEmpty();
  }

  private static JsonObject ok(Order order, boolean repeated) {
    return new JsonObject().put("ok", true).put("orderId", order.id()).put("repeated", repeated);
  }
}
