package in.neotrader.verticles.events;

import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** The per-user event-bus addresses and the one envelope every event travels in (docs/API.md). */
public final class UserEvents {

  private final EventBus bus;

  public UserEvents(EventBus bus) {
    this.bus = bus;
  }

  public static String eventsAddress(long userId) {
    return "trading.user." + userId + ".events";
  }

  public static String controlAddress(long userId) {
    return "trading.user." + userId + ".control";
  }

  /** Call only after the rows the event describes are committed. */
  public void publish(long userId, String type, Instant at, JsonObject data) {
    bus.publish(eventsAddress(userId), new JsonObject().put("type", type).put("userId", userId)
        .put("at", at.toString()).put("data", data));
  }
}
