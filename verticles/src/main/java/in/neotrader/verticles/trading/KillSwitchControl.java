package in.neotrader.verticles.trading;

import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.orders.OpenOrderCancels;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A service's answers to the kill switch (web API). Before the session opens there is nothing to stop: its first
 * batch of orders reads the stored switches.
 */
final class KillSwitchControl {
  private final long userId;
  private final UserEvents events;
  private final Supplier<UserSession> session;
  private final Consumer<Supplier<Future<Void>>> enqueue;

  KillSwitchControl(long userId, UserEvents events, Supplier<UserSession> session,
      Consumer<Supplier<Future<Void>>> enqueue) {
    this.userId = userId;
    this.events = events;
    this.session = session;
    this.enqueue = enqueue;
  }

  /**
   * Set here before the answer, so no order leaves after the caller hears it; open orders are cancelled after the
   * running task, like any queued job. The stored switch (written first by the caller) keeps it through a restart.
   */
  void halt(JsonObject body, Message<JsonObject> message) {
    whenOpen(message, open -> {
      open.halts().halt(body.getString("reason", "kill switch"));
      if (body.getBoolean("cancelOpenOrders", false)) {
        PendingEvents pending = new PendingEvents();
        enqueue.accept(() -> new OpenOrderCancels(open).cancelAll(pending)
            .onSuccess(n -> pending.publishTo(events, userId)).mapEmpty());
      }
      message.reply(new JsonObject().put("halted", true));
    });
  }

  /** Another switch (another level, the deployment's) may still hold: the stored ones decide. */
  void resume(Message<JsonObject> message) {
    whenOpen(message, open -> open.halts().refresh()
        .onSuccess(reason -> message.reply(new JsonObject().put("halted", reason.isPresent())))
        .onFailure(err -> message.fail(500, err.getMessage())));
  }

  private void whenOpen(Message<JsonObject> message, Consumer<UserSession> action) {
    UserSession open = session.get();
    if (open == null) {
      message.reply(new JsonObject().put("halted", false).put("opening", true));
    } else {
      action.accept(open);
    }
  }
}
