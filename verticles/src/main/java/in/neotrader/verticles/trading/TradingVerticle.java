package in.neotrader.verticles.trading;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.tasks.RunDecision;
import in.neotrader.core.tasks.RunKey;
import in.neotrader.core.tasks.TaskSchedule;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.settings.TradingProfile;
import in.neotrader.sql.service.RunHistoryRepository;
import in.neotrader.sql.settings.TradingProfileRepository;
import in.neotrader.verticles.accounts.AccountRequest;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.session.UserSession;
import in.neotrader.verticles.tasks.TaskRecorder;
import in.neotrader.verticles.tasks.TaskRunner;
import in.neotrader.verticles.tasks.TaskRunners;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The trading service of one user: reconciles its orders, then keeps one timer per task. Runs of the user's
 * tasks never overlap (they share the order book); a run's outcome is recorded before the next starts.
 */
public final class TradingVerticle extends VerticleBase {

  /** Control actions of the kill switch (web API): stop new orders now; read the stored switches again. */
  public static final String HALT = "halt";
  public static final String RESUME = "resume";
  /** The control action the service manager sends when this node lost the user's lease. */
  public static final String LEASE_LOST = "lease-lost";
  /** Asks whether a run is queued, in flight or waiting out an outage: such a service is not handed over. */
  public static final String BUSY = "busy";
  /** The trader's own orders from the UI ({@link TraderActions}). */
  public static final String CANCEL_ORDER = "cancel-order";
  public static final String MODIFY_ORDER = "modify-order";
  public static final String EXIT_POSITION = "exit-position";

  private final long userId;
  private final long leaseEpoch;
  private final EngineServices services;
  private final TradingClock clock;
  private final Map<TradingTask, Long> timerIds = new EnumMap<>(TradingTask.class);
  private final Map<TradingTask, TaskRunner> runners = TaskRunners.standard();
  private RunHistorySet history;
  private TaskSchedule schedule;
  private UserSession session;
  private TaskRecorder recorder;
  private MessageConsumer<JsonObject> control;
  private Future<Void> queue = Future.succeededFuture();
  private int queuedJobs;
  private OutageRetries outages;
  private LapsedLease lease;
  private boolean stopping;
  private TraderActions traderActions;
  private KillSwitchControl killSwitch;

  public TradingVerticle(long userId, long leaseEpoch, EngineServices services) {
    this.userId = userId;
    this.leaseEpoch = leaseEpoch;
    this.services = services;
    this.clock = services.clocks().of(userId);
  }

  @Override
  public Future<?> start() {
    outages = new OutageRetries(vertx, userId, services.outageRetryMillis());
    lease = new LapsedLease(services, userId, leaseEpoch);
    traderActions = new TraderActions(userId, services.events());
    killSwitch = new KillSwitchControl(userId, services.events(), () -> session, job -> enqueue(job));
    return new TradingProfileRepository(services.pool()).load(userId)
        .compose(profile -> profile.map(Future::succeededFuture)
            .orElseGet(() -> Future.failedFuture(new NoSuchElementException("unknown user " + userId))))
        .compose(this::openSession)
        .compose(v -> RunHistorySet.load(services.pool(), userId, schedule, clock.nowIst().toLocalDate()))
        .compose(loaded -> {
          history = loaded;
          return StartRecovery.run(session, schedule, services.events());
        })
        // Before any timer: a slot whose window passed with no node running the service gets its row.
        .compose(v -> new MissedSlots(session, schedule, services.calendar(), recorder).record())
        .compose(v -> {
          control = vertx.eventBus().consumer(UserEvents.controlAddress(userId), this::control);
          return control.completion();
        })
        .onSuccess(v -> {
          for (TradingTask task : TradingTask.values()) {
            arm(task);
          }
          services.events().publish(userId, "service.started", clock.now(),
              new JsonObject().put("node", services.nodeId()).put("leaseEpoch", leaseEpoch));
        })
        // A verticle that fails to start is never stopped: free the broker connection it may have opened.
        .onFailure(err -> {
          if (session != null) {
            session.account().close();
          }
        });
  }

  private Future<Void> openSession(TradingProfile profile) {
    // Also on a resume: a user switched to broker mode while stopped must not trade on a simulated clock.
    Optional<String> refusal = services.clocks().refusal(userId, profile.tradeMode());
    if (refusal.isPresent()) {
      return Future.failedFuture(new IllegalStateException(refusal.get()));
    }
    TradingConfig config = TradingConfig.fromJson(profile.tradingConfig());
    schedule = TaskSchedule.forUser(services.calendar(), config.taskSchedule());
    return services.accounts().open(new AccountRequest(vertx, services.pool(), userId, profile, config,
            clock, services.calendar(), services.events()))
        .map(account -> {
          session = new UserSession(userId, leaseEpoch, services.nodeId(), vertx, services.pool(), clock,
              services.calendar(), config, account);
          recorder = new TaskRecorder(session, services.events(), services.taskTimeoutMillis(),
              services.meters());
          return null;
        });
  }

  private void arm(TradingTask task) {
    if (stopping) {
      return;
    }
    Instant at = NextFiring.after(schedule, services.calendar(), task, clock.now(), history);
    timerIds.put(task, services.timers().schedule(clock, at, task.ordinal(), () -> fire(task, at)));
  }

  private Future<Void> fire(TradingTask task, Instant plannedAt) {
    timerIds.remove(task);
    return enqueue(() -> runScheduled(task, plannedAt)).transform(ar -> {
      arm(task);
      return Future.succeededFuture();
    });
  }

  private Future<Void> runScheduled(TradingTask task, Instant plannedAt) {
    Instant now = clock.now();
    RunDecision decision = schedule.decide(task, now, history);
    if (decision instanceof RunDecision.Skip skip) {
      // A timer that fired late (queued behind another run) still names the slot it was armed for.
      LocalTime planned = skip.reason() == RunDecision.SkipReason.OUTSIDE_WINDOW
          ? schedule.rule(task).slotAt(plannedAt.atZone(TradingClock.IST).toLocalTime()).orElse(null) : null;
      return recordSkip(task, skip, now, planned);
    }
    return execute(((RunDecision.Run) decision).key());
  }

  private Future<Void> recordSkip(TradingTask task, RunDecision.Skip skip, Instant at, LocalTime plannedSlot) {
    return recorder.skipped(task, skip, at, plannedSlot).recover(err -> outages.onOutage(err, task + " skip record",
        () -> enqueue(() -> recordSkip(task, skip, at, plannedSlot))));
  }

  private Future<Void> execute(RunKey key) {
    return execute(key, lease.retriedIfLapsed(runners.get(key.task())));
  }

  private Future<Void> execute(RunKey key, TaskRunner runner) {
    history.add(key);
    return recorder.run(runner, key).recover(err -> outages.onOutage(err, key.toString(),
        () -> enqueue(() -> retry(key))));
  }

  /**
   * A run an outage kept from running or being recorded: run again while its slot is open (the decision its timer
   * would make; its orders keep their client order ids, so none is sent twice), else recorded failed.
   */
  private Future<Void> retry(RunKey key) {
    // An attempt whose record was written but whose answer the outage lost is done: running it again would
    // give the slot a second row (and a second run of its work).
    return new RunHistoryRepository(services.pool()).ran(userId, key.task().stableName(), key.tradingDay(),
            key.slot().toString())
        .transform(ar -> ar.failed() ? outages.onOutage(ar.cause(), key + " record check", () -> enqueue(() -> retry(key)))
            : ar.result() ? Future.<Void>succeededFuture() : retryUnrecorded(key));
  }

  private Future<Void> retryUnrecorded(RunKey key) {
    // The key stays in the history meanwhile, so its timer does not fire it again beside this retry.
    RunDecision decision = schedule.decide(key.task(), clock.now(), k -> !k.equals(key) && history.hasRun(k));
    if (decision instanceof RunDecision.Run run && run.key().equals(key)) {
      return execute(key, lease.renewingFirst(runners.get(key.task())));
    }
    return recorder.failedInOutage(key).recover(err -> outages.onOutage(err, key + " failure record",
        () -> enqueue(() -> retry(key))));
  }

  private Future<Void> enqueue(Supplier<Future<Void>> job) {
    if (stopping) {
      return Future.succeededFuture();
    }
    queuedJobs++;
    queue = queue.transform(ar -> stopping ? Future.succeededFuture() : job.get()).andThen(ar -> queuedJobs--);
    return queue;
  }

  private void control(Message<JsonObject> message) {
    JsonObject body = message.body();
    switch (body.getString("action", "")) {
      case "status" -> message.reply(ServiceStatusReply.of(userId, !stopping, services.nodeId(), clock,
          services.calendar(), schedule, history));
      case BUSY -> message.reply(new JsonObject().put("busy", busy()));
      case "run-task" -> TradingTask.byStableName(body.getString("task", "")).ifPresentOrElse(task -> {
        enqueue(() -> execute(TaskRecorder.manualKey(task, clock.now())));
        message.reply(new JsonObject().put("accepted", true).put("task", task.stableName()));
      }, () -> message.fail(404, "unknown task " + body.getString("task")));
      // Queued like a task, so a session is never swapped under an order being placed.
      case "broker-login" -> {
        enqueue(() -> session.account().logInAgain());
        message.reply(new JsonObject().put("accepted", true));
      }
      case CANCEL_ORDER -> traderJob(message, () -> traderActions.cancel(session, body, message));
      case MODIFY_ORDER -> traderJob(message, () -> traderActions.modify(session, body, message));
      case EXIT_POSITION -> traderJob(message, () -> traderActions.exit(session, body, message));
      case HALT -> killSwitch.halt(body, message);
      case RESUME -> killSwitch.resume(message);
      case LEASE_LOST -> {
        leaseLost();
        message.reply(new JsonObject().put("stopped", true));
      }
      default -> message.fail(400, "unknown action " + body.getString("action"));
    }
  }

  /** A trader's order job, queued behind the run in flight; a stopping service takes none (it would never answer). */
  private void traderJob(Message<JsonObject> message, Supplier<Future<Void>> job) {
    if (stopping) {
      message.reply(new JsonObject().put("ok", false).put("code", "service_not_running")
          .put("message", "the trading service is stopping; start it again and retry"));
    } else {
      enqueue(job);
    }
  }

  /** A run queued, in flight or waiting out an outage, or a slot that fired and waits to start this user's run. */
  private boolean busy() {
    return queuedJobs > 0 || (outages != null && outages.waiting())
        || timerIds.values().stream().anyMatch(services.timers()::waiting);
  }

  /**
   * Another node may trade for the user now: no timer fires again and the run in flight is cancelled at once
   * (its remaining broker calls and writes refused), before the undeploy that follows.
   */
  private void leaseLost() {
    stopTimers();
    if (recorder != null) {
      recorder.abandon("lease lost: another node may trade for this user");
    }
  }

  private void stopTimers() {
    stopping = true;
    outages.cancelAll();
    timerIds.values().forEach(services.timers()::cancel);
    timerIds.clear();
  }

  @Override
  public Future<?> stop() {
    stopTimers();
    Future<Void> unregistered = control == null ? Future.succeededFuture() : control.unregister();
    // Give the run in flight its grace period; past it, cancel it and record it failed, so no run is left
    // unexplained and none acts after the stop.
    Future<Void> drained = queue.timeout(services.stopGraceMillis(), TimeUnit.MILLISECONDS)
        .recover(timedOut -> recorder == null ? Future.succeededFuture()
            : recorder.abandon("service stopped before the task finished"));
    return Future.all(unregistered, drained).compose(v -> {
      if (session == null) {
        return Future.succeededFuture();
      }
      session.account().close();
      services.events().publish(userId, "service.stopped", clock.now(),
          new JsonObject().put("node", services.nodeId()));
      return Future.succeededFuture();
    });
  }
}
