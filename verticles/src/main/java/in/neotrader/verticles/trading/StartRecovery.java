package in.neotrader.verticles.trading;

import in.neotrader.core.tasks.TaskSchedule;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.sql.service.ServiceLogRepository;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.orders.OrderBookSync;
import in.neotrader.verticles.orders.UnsentIntents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * What a service does at its start before any timer may place an order: intents an earlier incarnation left
 * unanswered are settled ({@link UnsentIntents}), then every order the broker has news about moves
 * ({@link OrderBookSync}); the outcome goes to the user's service log.
 */
final class StartRecovery {
  private StartRecovery() {
  }

  static Future<Void> run(UserSession session, TaskSchedule schedule, UserEvents publisher) {
    long userId = session.userId();
    PendingEvents events = new PendingEvents();
    Instant at = session.clock().now();
    ServiceLogRepository logs = new ServiceLogRepository(session.pool());
    int[] resent = {0};
    return new UnsentIntents(session, schedule).settle(events).compose(n -> {
      resent[0] = n;
      return new OrderBookSync(session).sync(events);
    })
        // A start with nothing to recover writes no line: 100,000 users resuming would write 100,000 of them.
        .compose(result -> result.moved() == 0 && resent[0] == 0 && result.refused().isEmpty()
            ? Future.succeededFuture()
            : logs.insert(userId, at, LogLevel.INFO, null, "recovered: " + result.moved()
                + " orders moved, " + resent[0] + " unanswered intents sent again", new JsonObject()
                .put("moved", result.moved()).put("resent", resent[0]).put("refused", new JsonArray(result.refused()))))
        .onSuccess(v -> events.publishTo(publisher, userId))
        // A broker that cannot answer now must not keep the service down: each task syncs again before acting.
        .recover(err -> new ServiceStatusRepository(session.pool())
            .recordError(userId, "recovery: " + err.getMessage(), at)
            .compose(v -> logs.insert(userId, at, LogLevel.ERROR, null, "recovery failed: " + err.getMessage(), null)))
        .mapEmpty();
  }
}
