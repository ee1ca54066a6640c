package in.neotrader.web.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.service.ServiceStatus;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.sql.service.TaskExecution;
import in.neotrader.sql.service.TaskExecutionRepository;
import in.neotrader.web.http.Replies;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The status card of a user's service, read from the database (the engine writes heartbeats and runs there);
 * the heartbeat age is computed when the card is read, so it may be up to a second behind.
 */
public final class ServiceStatusView {
  static final Duration FRESHNESS = Duration.ofSeconds(1);

  private final ServiceStatusRepository statuses;
  private final TaskExecutionRepository executions;
  private final Clock clock;
  private final Cache<Long, Future<JsonObject>> recent = Caffeine.newBuilder().expireAfterWrite(FRESHNESS)
      .maximumSize(100_000).build();

  public ServiceStatusView(ServiceStatusRepository statuses, TaskExecutionRepository executions, Clock clock) {
    this.statuses = statuses;
    this.executions = executions;
    this.clock = clock;
  }

  /** The card, at most {@link #FRESHNESS} old: dashboards poll it from several tabs; start/stop refresh it. */
  public Future<JsonObject> of(long userId) {
    Future<JsonObject> cached = recent.getIfPresent(userId);
    if (cached != null) {
      return cached.map(JsonObject::copy);
    }
    Future<Optional<ServiceStatus>> status = statuses.find(userId);
    Future<List<TaskExecution>> lastRuns = executions.lastPerTask(userId);
    Future<JsonObject> card = Future.all(status, lastRuns).map(both -> card(status.result(), lastRuns.result()));
    recent.put(userId, card);
    card.onFailure(e -> recent.invalidate(userId));
    return card.map(JsonObject::copy);
  }

  /** After a start or stop the next read goes to the database. */
  public Future<JsonObject> fresh(long userId) {
    recent.invalidate(userId);
    return of(userId);
  }

  private JsonObject card(Optional<ServiceStatus> found, List<TaskExecution> lastRuns) {
    Map<String, TaskExecution> byTask = lastRuns.stream()
        .collect(Collectors.toMap(TaskExecution::task, Function.identity()));
    JsonArray tasks = new JsonArray();
    for (TradingTask task : TradingTask.values()) {
      TaskExecution last = byTask.get(task.stableName());
      tasks.add(new JsonObject().put("name", task.stableName())
          .put("lastRunAt", last == null ? null : Replies.at(last.executedAt()))
          .put("lastStatus", last == null ? null : last.outcome().stored())
          .put("nextRunAt", null));
    }
    JsonObject card = new JsonObject().put("running", false).put("node", null).put("lastHeartbeat", null)
        .put("heartbeatAgeSeconds", null).put("errorCount", 0).put("lastError", null).put("tasks", tasks);
    found.ifPresent(s -> card.put("running", s.running()).put("node", s.ownerNode() != null ? s.ownerNode() : s.nodeId())
        .put("lastHeartbeat", Replies.at(s.lastHeartbeat()))
        .put("heartbeatAgeSeconds", s.lastHeartbeat() == null ? null
            : Duration.between(s.lastHeartbeat(), clock.instant()).toSeconds())
        .put("errorCount", s.errorCount()).put("lastError", s.lastError()));
    return card;
  }
}
