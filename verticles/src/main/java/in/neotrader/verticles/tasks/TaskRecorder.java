package in.neotrader.verticles.tasks;

import in.neotrader.core.tasks.RunDecision;
import in.neotrader.core.tasks.RunKey;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.errors.DatabaseOutage;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.sql.service.NewTaskExecution;
import in.neotrader.sql.service.ServiceLogRepository;
import in.neotrader.sql.service.TaskExecutionRepository;
import in.neotrader.sql.service.TaskOutcome;
import in.neotrader.sql.service.TaskRunRecords;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.marketdata.MarketDataUnavailable;
import in.neotrader.verticles.metrics.EngineMeters;
import in.neotrader.verticles.session.TradingHalted;
import in.neotrader.verticles.session.RunFence;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one task and records it: one service_task_execution row (success, failed or skipped), its log lines,
 * the error counters on failure; then, with everything committed, its events. A failure stays with this user
 * and this run.
 */
public final class TaskRecorder {
  /** The reason of a run the database kept from running inside its slot. */
  public static final String DATABASE_UNAVAILABLE = "database unavailable";

  private final UserSession session;
  private final UserEvents events;
  private final long timeoutMillis;
  private final TaskExecutionRepository executions;
  private final TaskRunRecords records;
  private final EngineMeters meters;
  private InFlight current;

  private record InFlight(TaskRun run, RunFence fence, Instant startedAt, long startedNanos) {}

  public TaskRecorder(UserSession session, UserEvents events, long timeoutMillis, EngineMeters meters) {
    this.session = session;
    this.meters = meters;
    this.events = events;
    this.timeoutMillis = timeoutMillis;
    this.executions = new TaskExecutionRepository(session.pool());
    this.records = new TaskRunRecords(session.pool());
  }

  /**
   * A timer's decision not to run, at {@code at}; {@code plannedSlot} is the slot the timer was armed for (a late
   * timer's skip then accounts for that slot), null on a closed day.
   */
  public Future<Void> skipped(TradingTask task, RunDecision.Skip skip, Instant at, LocalTime plannedSlot) {
    LocalDate day = at.atZone(in.neotrader.core.clock.TradingClock.IST).toLocalDate();
    JsonObject details = new JsonObject().put("detail", skip.detail());
    if (plannedSlot != null) {
      details.put("slot", plannedSlot.toString());
    }
    return executions.insert(session.userId(), new NewTaskExecution(task.stableName(), day, at, TaskOutcome.SKIPPED,
            skip.reason().code(), BigDecimal.ZERO, details, session.nodeId()))
        .onSuccess(row -> events.publish(session.userId(), "task.skipped", at, event(row.id(), task, day, at,
            "skipped", skip.reason().code(), details).put("durationSeconds", 0.0)))
        .mapEmpty();
  }

  /**
   * Runs {@code runner} under a timeout and records how it ended; never fails itself unless the database does.
   * A run past its timeout is cancelled (its fence refuses every further broker call and write) and recorded
   * timed out; the answer then waits for the run to stop, at most one more timeout, so the user's next run does
   * not start beside it. Past that wait the run may still await a broker answer, but can act on nothing.
   */
  public Future<Void> run(TaskRunner runner, RunKey key) {
    RunFence fence = new RunFence(key);
    TaskRun run = new TaskRun(session.forRun(fence), key);
    InFlight running = new InFlight(run, fence, run.now(), System.nanoTime());
    current = running;
    Future<Void> work;
    try {
      work = runner.run(run);
    } catch (RuntimeException bug) {
      work = Future.failedFuture(bug);
    }
    Future<Void> settled = work;
    return work.timeout(timeoutMillis, TimeUnit.MILLISECONDS).transform(ar -> {
      if (ar.failed() && settled.isComplete() && DatabaseOutage.is(ar.cause())) {
        // Not recorded: the caller runs it again while its slot is open, or records it failed (failedInOutage).
        if (current == running) {
          current = null;
        }
        return Future.failedFuture(ar.cause());
      }
      if (ar.succeeded() || settled.isComplete()) {
        return record(running, ar.succeeded() ? null : ar.cause());
      }
      String reason = "timed out after " + timeoutMillis + " ms; its remaining steps were cancelled";
      fence.cancel(reason);
      return record(running, new IllegalStateException(reason))
          .compose(v -> settled.<Void>transform(ended -> Future.succeededFuture())
              .timeout(timeoutMillis, TimeUnit.MILLISECONDS).otherwiseEmpty());
    });
  }

  /** A run an outage kept from running until its slot passed: recorded failed, with the error count and a log line. */
  public Future<Void> failedInOutage(RunKey key) {
    TaskRun run = new TaskRun(session.forRun(new RunFence(key)), key);
    return record(run, run.now(), System.nanoTime(), new IllegalStateException(DATABASE_UNAVAILABLE));
  }

  /**
   * Slots of one task and day that no node ran inside their windows (the service was down): one failed row naming
   * them all, so a day of a minute task missed is one line, not 375.
   */
  public Future<Void> missed(RunKey first, List<LocalTime> slots, Instant lastSlotAt, String reason) {
    TaskRun run = new TaskRun(session.forRun(new RunFence(first)), first);
    JsonArray listed = new JsonArray();
    slots.forEach(slot -> listed.add(slot.toString()));
    run.details().put("missedSlots", listed);
    return record(run, lastSlotAt, System.nanoTime(), new IllegalStateException(reason));
  }

  /**
   * Cancels the run in flight, if any, and records it failed for {@code reason}: the service stopped or lost its
   * lease before the run finished.
   */
  public Future<Void> abandon(String reason) {
    InFlight running = current;
    if (running == null) {
      return Future.succeededFuture();
    }
    running.fence().cancel(reason);
    return record(running, new IllegalStateException(reason));
  }

  /** Cancels the run in flight without recording it yet: it ends (and is recorded) on its next step. */
  public void cancelInFlight(String reason) {
    InFlight running = current;
    if (running != null) {
      running.fence().cancel(reason);
    }
  }

  private Future<Void> record(InFlight running, Throwable failure) {
    // A run is recorded once: by its end, its timeout or its abandonment, whichever comes first.
    if (current != running) {
      return Future.succeededFuture();
    }
    current = null;
    return record(running.run(), running.startedAt(), running.startedNanos(), failure);
  }

  private Future<Void> record(TaskRun run, Instant startedAt, long startedNanos, Throwable failure) {
    RunKey key = run.key();
    BigDecimal seconds = BigDecimal.valueOf((System.nanoTime() - startedNanos) / 1e9).setScale(3, RoundingMode.HALF_UP);
    JsonObject details = run.details().put("slot", key.slot().toString());
    String reason = failure == null ? null : message(failure);
    // Missing or stale market data is no failure of the task: it is skipped, with the source and its last day;
    // so is a run whose orders a kill switch refused.
    boolean skipped = failure instanceof MarketDataUnavailable || failure instanceof TradingHalted;
    if (skipped) {
      run.log(LogLevel.WARN, key.task() + " skipped: " + reason, null);
    } else if (failure != null) {
      run.log(LogLevel.ERROR, key.task() + " failed: " + reason, null);
    }
    TaskOutcome outcome = failure == null ? TaskOutcome.SUCCESS : skipped ? TaskOutcome.SKIPPED : TaskOutcome.FAILED;
    NewTaskExecution row = new NewTaskExecution(key.task().stableName(), key.tradingDay(), startedAt,
        outcome, reason, seconds, details, session.nodeId());
    // The execution row, the log lines and the status counters in one statement: one commit per run.
    Future<Long> written = records.record(session.userId(), row, run.logs().stream()
        .map(l -> new ServiceLogRepository.NewLogLine(l.at(), l.level(), key.task().stableName(), l.message(),
            l.context())).toList(), failure == null || skipped ? null : key.task() + ": " + reason);
    return written.onSuccess(id -> {
      meters.taskRecorded(key.task().stableName(), outcome.stored(), Duration.ofNanos(System.nanoTime() - startedNanos));
      run.events().publishTo(events, session.userId());
      events.publish(session.userId(), "task." + (failure == null ? "completed" : outcome.stored()), run.now(),
          event(id, key.task(), key.tradingDay(), startedAt, outcome.stored(), reason, details)
              .put("durationSeconds", seconds.doubleValue()));
    }).mapEmpty();
  }

  /** A run as GET /user/service/tasks lists it (id and time included), so a live row is a row like the others. */
  private static JsonObject event(long id, TradingTask task, LocalDate day, Instant executedAt, String status,
      String reason, JsonObject details) {
    return new JsonObject().put("id", id).put("task", task.stableName()).put("tradingDay", day.toString())
        .put("executedAt", executedAt.toString()).put("status", status).put("reason", reason).put("details", details);
  }

  private static String message(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.length() > 500 ? m.substring(0, 500) : m;
  }

  /** A manual run's key: the task's slot when now is inside its window, else now's minute. */
  public static RunKey manualKey(TradingTask task, Instant now) {
    var ist = now.atZone(in.neotrader.core.clock.TradingClock.IST);
    LocalTime slot = task.defaultRule().slotAt(ist.toLocalTime()).orElse(ist.toLocalTime().withSecond(0).withNano(0));
    return new RunKey(task, ist.toLocalDate(), slot);
  }
}
