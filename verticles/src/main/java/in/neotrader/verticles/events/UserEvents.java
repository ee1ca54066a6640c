package in.neotrader.verticles.events;

import in.neotrader.core.notify.NotificationKind;
import in.neotrader.sql.notify.NotificationOutbox;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-user event-bus addresses and the one envelope every event travels in (docs/API.md). With an outbox, an
 * event a trader chose to be notified of is also written there for the channels that chose it.
 */
public final class UserEvents {
  private static final Logger LOG = LoggerFactory.getLogger(UserEvents.class);

  private final EventBus bus;
  private final Optional<NotificationOutbox> outbox;

  public UserEvents(EventBus bus) {
    this(bus, Optional.empty());
  }

  public UserEvents(EventBus bus, Optional<NotificationOutbox> outbox) {
    this.bus = bus;
    this.outbox = outbox;
  }

  public static String eventsAddress(long userId) {
    return "trading.user." + userId + ".events";
  }

  public static String controlAddress(long userId) {
    return "trading.user." + userId + ".control";
  }

  /** Call only after the rows the event describes are committed. */
  public void publish(long userId, String type, Instant at, JsonObject data) {
    JsonObject envelope = new JsonObject().put("type", type).put("userId", userId).put("at", at.toString())
        .put("data", data);
    bus.publish(eventsAddress(userId), envelope);
    outbox.ifPresent(o -> NotificationKind.of(type, data).ifPresent(kind -> o.enqueue(userId, kind.code(), envelope, at)
        .onFailure(e -> LOG.warn("Notification of {} for user {} not queued: {}", type, userId, e.getMessage()))));
  }
}
