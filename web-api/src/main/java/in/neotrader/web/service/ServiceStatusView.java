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
 * The status card of a user's service: heartbeat, errors and last runs from the database (the engine writes them
 * there), each task's next run from the user's trading verticle (it alone knows the user's clock and schedule).
 * The heartbeat age is computed when the card is read, so it may be up to a second behind.
 */
public final class ServiceStatusView {
  static final Duration FRESHNESS = Duration.ofSeconds(1);

  private final ServiceStatusRepository statuses;
  private final TaskExecutionRepository executions;
  private final TradingCommands engine;
  private final Clock clock;
  private final Cache<Long, Future<JsonObject>> recent = Caffeine.newBuilder().expireAfterWrite(FRESHNESS)
      .maximumSize(100_000).build();

  /**
   * {@code clock} measures the heartbeat's age: the wall clock, as the database's now() that stamps heartbeats
   * (lease renewal), never a simulated trading clock, which would age a fresh heartbeat by minutes.
   */
  public ServiceStatusView(ServiceStatusRepository statuses, TaskExecutionRepository executions,
      TradingCommands engine, Clock clock) {
    this.statuses = statuses;
    this.executions = executions;
    this.engine = engine;
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
    Future<JsonObject> engineView = engine.serviceStatus(userId).otherwise(new JsonObject());
    Future<JsonObject> card = Future.all(status, lastRuns, engineView)
        .map(all -> card(status.result(), lastRuns.result(), nextRuns(engineView.result()))
            .put("market", engineView.result().getJsonObject("market")));
    recent.put(userId, card);
    card.onFailure(e -> recent.invalidate(userId));
    return card.map(JsonObject::copy);
  }

  /** After a start or stop the next read goes to the database. */
  public Future<JsonObject> fresh(long userId) {
    recent.invalidate(userId);
    return of(userId);
  }

  /**
   * Next run by task name from the engine's answer; none (and no market clock) when the service is not running
   * (nobody listens) or its engine is slow.
   */
  private static Map<String, String> nextRuns(JsonObject engineView) {
    return engineView.getJsonArray("tasks", new JsonArray()).stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(task -> task.getString("name"), task -> task.getString("nextRunAt")));
  }

  private JsonObject card(Optional<ServiceStatus> found, List<TaskExecution> lastRuns, Map<String, String> nextRuns) {
    Map<String, TaskExecution> byTask = lastRuns.stream()
        .collect(Collectors.toMap(TaskExecution::task, Function.identity()));
    JsonArray tasks = new JsonArray();
    for (TradingTask task : TradingTask.values()) {
      TaskExecution last = byTask.get(task.stableName());
      tasks.add(new JsonObject().put("name", task.stableName())
          .put("lastRunAt", last == null ? null : Replies.at(last.executedAt()))
          .put("lastStatus", last == null ? null : last.outcome().stored())
          .put("nextRunAt", nextRuns.get(task.stableName())));
    }
    JsonObject card = new JsonObject().put("running", false).put("node", null).put("lastHeartbeat", null)
        .put("heartbeatAgeSeconds", null).put("errorCount", 0).put("lastError", null).put("tasks", tasks)
        .put("readiness", readiness(byTask.get(TradingTask.READINESS_CHECK.stableName())));
    found.ifPresent(s -> card.put("running", s.running()).put("node", s.ownerNode() != null ? s.ownerNode() : s.nodeId())
        .put("lastHeartbeat", Replies.at(s.lastHeartbeat()))
        .put("heartbeatAgeSeconds", s.lastHeartbeat() == null ? null
            : Duration.between(s.lastHeartbeat(), clock.instant()).toSeconds())
        .put("errorCount", s.errorCount()).put("lastError", s.lastError()));
    return card;
  }

  /** The last pre-open check's verdict; a run that could not check (failed, skipped) is not ready. */
  private static JsonObject readiness(TaskExecution last) {
    if (last == null) {
      return null;
    }
    return new JsonObject().put("at", Replies.at(last.executedAt())).put("tradingDay", last.tradingDay().toString())
        .put("status", last.outcome().stored()).put("ready", last.details().getBoolean("ready", false))
        .put("checks", last.details().getJsonArray("checks", new JsonArray())).put("reason", last.reason());
  }
}
