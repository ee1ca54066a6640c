package in.neotrader.verticles.service;

import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.trading.TradingVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node over its fair share stops some of its idle services and gives their leases up, for the other nodes to
 * claim. Only idle ones move: a service with a run queued, in flight or waiting would have that run cut short, and
 * its next owner would run the slot a second time.
 */
final class IdleHandOver {
  private static final long IDLE_ASK_MILLIS = 2_000;
  private static final Logger LOG = LoggerFactory.getLogger(IdleHandOver.class);

  private final Vertx vertx;
  private final FairShare fairShare;
  private final String nodeId;
  private final Function<Long, Future<Void>> stopHere;

  IdleHandOver(Vertx vertx, FairShare fairShare, String nodeId, Function<Long, Future<Void>> stopHere) {
    this.vertx = vertx;
    this.fairShare = fairShare;
    this.nodeId = nodeId;
    this.stopHere = stopHere;
  }

  /** Stops up to {@code extra} idle services of {@code here}; busy ones stay for a later heartbeat. */
  Future<Void> handOver(Collection<Long> here, int extra) {
    if (extra == 0) {
      return Future.succeededFuture();
    }
    List<Long> candidates = fairShare.candidates(here, extra);
    return Future.all(candidates.stream().map(this::idle).toList()).compose(answers -> {
      List<Long> moving = new ArrayList<>();
      for (int i = 0; i < candidates.size() && moving.size() < extra; i++) {
        if (answers.<Boolean>resultAt(i)) {
          moving.add(candidates.get(i));
        }
      }
      if (moving.isEmpty()) {
        return Future.succeededFuture();
      }
      moving.forEach(fairShare::handingOver);
      LOG.info("Node {} hands users {} over to the other nodes (over its fair share)", nodeId, moving);
      return Future.join(moving.stream().map(stopHere).toList()).mapEmpty();
    });
  }

  /** Whether the user's service here has no run queued, in flight or waiting; one that does not answer is busy. */
  private Future<Boolean> idle(long userId) {
    return vertx.eventBus().<JsonObject>request(UserEvents.controlAddress(userId),
            new JsonObject().put("action", TradingVerticle.BUSY), new DeliveryOptions().setSendTimeout(IDLE_ASK_MILLIS))
        .map(reply -> !reply.body().getBoolean("busy", true))
        .otherwise(false);
  }
}
