package in.neotrader.verticles.events;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Events of one task run, held back until its rows are committed, then published in the order they happened. */
public final class PendingEvents {

  private final List<UserEvents.Event> pending = new ArrayList<>();

  public void add(String type, Instant at, JsonObject data) {
    pending.add(new UserEvents.Event(type, at, data));
  }

  public int count(String type) {
    return (int) pending.stream().filter(p -> p.type().equals(type)).count();
  }

  public void publishTo(UserEvents events, long userId) {
    events.publishAll(userId, List.copyOf(pending));
    pending.clear();
  }
}
