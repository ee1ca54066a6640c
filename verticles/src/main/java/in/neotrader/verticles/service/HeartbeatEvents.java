package in.neotrader.verticles.service;

import in.neotrader.verticles.trading.EngineServices;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * The {@code service.heartbeat} event that tells a trader's open dashboard its service is alive: each user's every
 * {@link #EVERY_MILLIS}, not at every renewal, and the users spread over the renewals, so 100,000 users cost a few
 * thousand small events a second rather than 20,000 (the dashboard calls a heartbeat stale after a minute).
 */
final class HeartbeatEvents {
  static final long EVERY_MILLIS = 20_000;

  private final EngineServices services;
  private final long beatsPerEvent;
  private long beat;

  HeartbeatEvents(EngineServices services, long heartbeatMillis) {
    this.services = services;
    this.beatsPerEvent = Math.max(1, EVERY_MILLIS / heartbeatMillis);
  }

  /** After a renewal: the event of the users whose turn it is. */
  void renewed(Set<Long> held) {
    long turn = beat++ % beatsPerEvent;
    // One body for all: the event bus copies it for each consumer.
    JsonObject data = new JsonObject().put("node", services.nodeId());
    for (long userId : held) {
      if (Math.floorMod(userId, beatsPerEvent) == turn) {
        services.events().publish(userId, "service.heartbeat", services.clocks().of(userId).now(), data);
      }
    }
  }
}
