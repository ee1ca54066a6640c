package in.neotrader.web;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in peer on the real event bus for the engine (ServiceManager) until it merges: answers
 * trading.manager start/stop/status, and registers trading.user.<id>.control while a user "runs".
 */
public final class TradingEngineStandIn {
  private final Vertx vertx;
  private final Set<Long> running = ConcurrentHashMap.newKeySet();
  private final List<MessageConsumer<?>> controls = new ArrayList<>();
  public final List<JsonObject> commands = new java.util.concurrent.CopyOnWriteArrayList<>();

  public TradingEngineStandIn(Vertx vertx) {
    this.vertx = vertx;
    vertx.eventBus().<JsonObject>consumer("trading.manager", message -> {
      JsonObject command = message.body();
      commands.add(command);
      long userId = command.getLong("userId");
      switch (command.getString("action")) {
        case "start" -> {
          if (running.add(userId)) {
            controls.add(vertx.eventBus().<JsonObject>consumer("trading.user." + userId + ".control", control -> {
              commands.add(control.body());
              control.reply(new JsonObject().put("accepted", true));
            }));
          }
        }
        case "stop" -> running.remove(userId);
        default -> {
        }
      }
      message.reply(new JsonObject().put("userId", userId).put("running", running.contains(userId)).put("node", "test"));
    });
  }
}
