package in.neotrader.verticles.events;

import in.neotrader.core.notify.NotificationKind;
import in.neotrader.sql.notify.NotificationOutbox;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

  /** An event of a user, to publish once its rows are committed. */
  public record Event(String type, Instant at, JsonObject data) {}

  /** Call only after the rows the event describes are committed. */
  public void publish(long userId, String type, Instant at, JsonObject data) {
    publishAll(userId, List.of(new Event(type, at, data)));
  }

  /**
   * Several events, in their order (a run's, once its rows are committed); the notifications they imply are queued
   * in one statement, not one per event.
   */
  public void publishAll(long userId, List<Event> events) {
    List<NotificationOutbox.Notice> notices = new ArrayList<>();
    for (Event e : events) {
      JsonObject envelope = new JsonObject().put("type", e.type()).put("userId", userId).put("at", e.at().toString())
          .put("data", e.data());
      bus.publish(eventsAddress(userId), envelope);
      NotificationKind.of(e.type(), e.data()).ifPresent(kind -> notices.add(new NotificationOutbox.Notice(kind.code(),
          envelope, e.at())));
    }
    if (!notices.isEmpty()) {
      outbox.ifPresent(o -> o.enqueueAll(userId, notices).onFailure(err -> LOG.warn("Notifications of {} for user {} "
          + "not queued: {}", notices.stream().map(NotificationOutbox.Notice::kind).toList(), userId,
          err.getMessage())));
    }
  }
}
