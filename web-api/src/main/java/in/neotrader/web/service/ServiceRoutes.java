package in.neotrader.web.service;

import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.sql.service.ServiceLogEntry;
import in.neotrader.sql.service.ServiceLogFilter;
import in.neotrader.sql.service.ServiceLogRepository;
import in.neotrader.sql.service.TaskExecution;
import in.neotrader.sql.service.TaskExecutionFilter;
import in.neotrader.sql.service.TaskExecutionRepository;
import in.neotrader.sql.service.TaskOutcome;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.QueryParams;
import in.neotrader.web.http.Replies;
import in.neotrader.web.http.Throttle;
import in.neotrader.web.portfolio.CsvReply;
import io.vertx.core.Future;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** /api/v1/user/service: start, stop, status, task history, service log, run a task now. */
public final class ServiceRoutes {
  private static final List<String> TASK_NAMES = Arrays.stream(TradingTask.values()).map(TradingTask::stableName).toList();
  private static final List<String> OUTCOMES = Arrays.stream(TaskOutcome.values()).map(TaskOutcome::stored).toList();
  private static final List<String> LEVELS = Arrays.stream(LogLevel.values()).map(LogLevel::name).toList();

  private final TradingCommands commands;
  private final ServiceStatusView statusView;
  private final TaskExecutionRepository executions;
  private final ServiceLogRepository logs;
  private final AuditTrail audit;
  // Start/stop and run-now reach the engine: a few per minute per user is plenty for a person.
  private final Throttle switches = new Throttle(5, Duration.ofMinutes(1));
  private final Throttle runNow = new Throttle(5, Duration.ofMinutes(1));

  public ServiceRoutes(TradingCommands commands, ServiceStatusView statusView, TaskExecutionRepository executions,
      ServiceLogRepository logs, AuditTrail audit) {
    this.commands = commands;
    this.statusView = statusView;
    this.executions = executions;
    this.logs = logs;
    this.audit = audit;
  }

  public void mount(Router user) {
    user.post("/service/start").handler(this::start);
    user.post("/service/stop").handler(this::stop);
    user.get("/service/status").handler(this::status);
    user.get("/service/tasks").handler(this::tasks);
    user.get("/service/tasks.csv").handler(this::tasksCsv);
    user.get("/service/logs").handler(this::logs);
    user.post("/service/tasks/:name/run").handler(this::runTask);
  }

  private void start(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    switches.take("user:" + caller.userId());
    commands.start(caller.userId())
        .compose(reply -> audit.record(ctx, caller.userId(), "service.start", new JsonObject()))
        .compose(done -> statusView.fresh(caller.userId()))
        .onSuccess(status -> Replies.ok(ctx, status))
        .onFailure(ctx::fail);
  }

  private void stop(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    switches.take("user:" + caller.userId());
    commands.stop(caller.userId())
        .compose(reply -> audit.record(ctx, caller.userId(), "service.stop", new JsonObject()))
        .compose(done -> statusView.fresh(caller.userId()))
        .onSuccess(status -> Replies.ok(ctx, status))
        .onFailure(ctx::fail);
  }

  private void status(RoutingContext ctx) {
    statusView.of(Caller.of(ctx).userId()).onSuccess(status -> Replies.ok(ctx, status)).onFailure(ctx::fail);
  }

  private static TaskExecutionFilter taskFilter(RoutingContext ctx) {
    return new TaskExecutionFilter(QueryParams.choice(ctx, "task", TASK_NAMES).orElse(null),
        QueryParams.choice(ctx, "status", OUTCOMES).map(s -> TaskOutcome.valueOf(s.toUpperCase())).orElse(null),
        QueryParams.day(ctx, "from").orElse(null), QueryParams.day(ctx, "to").orElse(null));
  }

  private void tasks(RoutingContext ctx) {
    executions.page(Caller.of(ctx).userId(), taskFilter(ctx), QueryParams.page(ctx))
        .onSuccess(page -> Replies.page(ctx, page, ServiceRoutes::execution))
        .onFailure(ctx::fail);
  }

  /** The runs the same filters select, as task-runs.csv (IST times, formulas defused). */
  private void tasksCsv(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    TaskExecutionFilter filter = taskFilter(ctx);
    CsvReply.allPages(page -> executions.page(userId, filter, page))
        .onSuccess(runs -> CsvReply.send(ctx, "task-runs.csv", runs.stream().map(ServiceRoutes::execution).toList()))
        .onFailure(ctx::fail);
  }

  private void logs(RoutingContext ctx) {
    ServiceLogFilter filter = new ServiceLogFilter(
        QueryParams.choice(ctx, "level", LEVELS).map(LogLevel::valueOf).orElse(null),
        QueryParams.choice(ctx, "task", TASK_NAMES).orElse(null),
        QueryParams.instant(ctx, "from").orElse(null), QueryParams.instant(ctx, "to").orElse(null));
    logs.page(Caller.of(ctx).userId(), filter, QueryParams.page(ctx))
        .onSuccess(page -> Replies.page(ctx, page, ServiceRoutes::logLine))
        .onFailure(ctx::fail);
  }

  private void runTask(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    String task = TradingTask.byStableName(ctx.pathParam("name"))
        .orElseThrow(() -> ApiError.notFound("task")).stableName();
    runNow.take("user:" + caller.userId());
    commands.runTask(caller.userId(), task)
        .recover(ServiceRoutes::notRunningIsAConflict)
        .compose(reply -> audit.record(ctx, caller.userId(), "service.run-task", new JsonObject().put("task", task)))
        .onSuccess(done -> Replies.json(ctx, 202, new JsonObject().put("task", task).put("accepted", true)))
        .onFailure(ctx::fail);
  }

  /** Nobody listens on the control address exactly when the user's verticle is not deployed. */
  public static <T> Future<T> notRunningIsAConflict(Throwable failure) {
    if (failure instanceof ReplyException reply && reply.failureType() == ReplyFailure.NO_HANDLERS) {
      return Future.failedFuture(ApiError.conflict("service_not_running", "start the service first"));
    }
    return Future.failedFuture(failure);
  }

  private static JsonObject execution(TaskExecution run) {
    return new JsonObject().put("id", run.id()).put("task", run.task()).put("tradingDay", run.tradingDay().toString())
        .put("executedAt", Replies.at(run.executedAt())).put("status", run.outcome().stored())
        .put("reason", run.reason()).put("durationSeconds", run.durationSeconds().doubleValue())
        .put("details", run.details());
  }

  private static JsonObject logLine(ServiceLogEntry line) {
    return new JsonObject().put("id", line.id()).put("at", Replies.at(line.at())).put("level", line.level().name())
        .put("task", line.task()).put("message", line.message()).put("context", line.context());
  }
}
