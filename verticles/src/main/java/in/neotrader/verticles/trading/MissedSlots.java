package in.neotrader.verticles.trading;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.tasks.RunDecision;
import in.neotrader.core.tasks.RunHistory;
import in.neotrader.core.tasks.RunKey;
import in.neotrader.core.tasks.TaskSchedule;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.service.RunHistoryRepository;
import in.neotrader.sql.service.ServiceStatus;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.verticles.session.UserSession;
import in.neotrader.verticles.tasks.TaskRecorder;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Slots whose windows passed while the user's service was meant to run but no node ran it (a node killed, a
 * failover, a cluster down): recorded at the next start, so every scheduled slot has a row. The service was meant
 * to run from its last deliberate start; the last recorded run says how far a node got. A deliberate stop moves the
 * start forward, so the hours a trader stopped the service are not called missed.
 */
final class MissedSlots {
  /** Further back than this a node's absence is an outage the operator knows of; its slots are not listed. */
  static final Duration LOOKBACK = Duration.ofDays(7);

  private final UserSession session;
  private final TaskSchedule schedule;
  private final NseCalendar calendar;
  private final TaskRecorder recorder;

  MissedSlots(UserSession session, TaskSchedule schedule, NseCalendar calendar, TaskRecorder recorder) {
    this.session = session;
    this.schedule = schedule;
    this.calendar = calendar;
    this.recorder = recorder;
  }

  /** Records the missed slots up to now; answers how many slots it recorded. */
  Future<Integer> record() {
    long userId = session.userId();
    Instant now = session.clock().now();
    RunHistoryRepository runs = new RunHistoryRepository(session.pool());
    Future<Optional<ServiceStatus>> status = new ServiceStatusRepository(session.pool()).find(userId);
    Future<Optional<Instant>> lastRun = runs.lastRunAt(userId);
    return Future.all(status, lastRun).compose(v -> {
      Instant startedAt = status.result().map(ServiceStatus::startedAt).orElse(null);
      if (startedAt == null) {
        return Future.succeededFuture(0);
      }
      Instant from = latest(latest(startedAt, lastRun.result().orElse(startedAt)), now.minus(LOOKBACK));
      if (!from.isBefore(now)) {
        return Future.succeededFuture(0);
      }
      LocalDate firstDay = from.atZone(TradingClock.IST).toLocalDate();
      return runs.recordedSince(userId, firstDay).compose(rows -> recordBetween(from, now, Recorded.of(rows)));
    });
  }

  private Future<Integer> recordBetween(Instant from, Instant now, Recorded recorded) {
    Future<Integer> chain = Future.succeededFuture(0);
    for (TradingTask task : TradingTask.values()) {
      for (Gap gap : gaps(task, from, now, recorded)) {
        chain = chain.compose(n -> gap.write().map(written -> n + written));
      }
    }
    return chain;
  }

  /** A stretch of missed slots of one task on one day, or one closed day's skip. */
  private interface Gap {
    Future<Integer> write();
  }

  private List<Gap> gaps(TradingTask task, Instant from, Instant now, Recorded recorded) {
    List<Gap> gaps = new ArrayList<>();
    List<LocalTime> stretch = new ArrayList<>();
    Instant[] stretchEnd = new Instant[1];
    Instant at = NextFiring.after(schedule, calendar, task, from, recorded);
    while (at.isBefore(now)) {
      RunDecision decision = schedule.decide(task, at, recorded);
      if (decision instanceof RunDecision.Run run) {
        if (schedule.decide(task, now, recorded) instanceof RunDecision.Run open && open.key().equals(run.key())) {
          break; // Still inside its window: the timer runs it now.
        }
        if (!stretch.isEmpty() && !run.key().tradingDay().equals(day(stretchEnd[0]))) {
          gaps.add(missed(task, stretch, stretchEnd[0]));
          stretch = new ArrayList<>();
        }
        stretch.add(run.key().slot());
        stretchEnd[0] = at;
        recorded.add(run.key());
      } else if (decision instanceof RunDecision.Skip skip && recorded.noRowOn(task, day(at))) {
        Instant closedAt = at;
        gaps.add(() -> recorder.skipped(task, skip, closedAt, null).map(1));
        recorded.closed(task, day(at));
      }
      at = NextFiring.after(schedule, calendar, task, at.plusNanos(1), recorded);
    }
    if (!stretch.isEmpty()) {
      gaps.add(missed(task, stretch, stretchEnd[0]));
    }
    return gaps;
  }

  private Gap missed(TradingTask task, List<LocalTime> slots, Instant lastSlotAt) {
    RunKey first = new RunKey(task, day(lastSlotAt), slots.get(0));
    String range = slots.size() == 1 ? slots.get(0).toString()
        : slots.get(0) + "–" + slots.get(slots.size() - 1) + " (" + slots.size() + " slots)";
    String reason = "missed: no node was running the service at " + first.tradingDay() + " " + range;
    return () -> recorder.missed(first, slots, lastSlotAt, reason).map(slots.size());
  }

  private static LocalDate day(Instant at) {
    return at.atZone(TradingClock.IST).toLocalDate();
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The slots that have a row (any outcome), the days a task has any row, and what this pass accounted for. */
  private static final class Recorded implements RunHistory {
    private final Set<RunKey> slots = new HashSet<>();
    private final Set<String> days = new HashSet<>();

    static Recorded of(List<RunHistoryRepository.PastRun> rows) {
      Recorded recorded = new Recorded();
      for (RunHistoryRepository.PastRun row : rows) {
        TradingTask.byStableName(row.task()).ifPresent(task -> {
          recorded.closed(task, row.tradingDay());
          if (row.slot() != null) {
            recorded.add(new RunKey(task, row.tradingDay(), LocalTime.parse(row.slot())));
          }
        });
      }
      return recorded;
    }

    void add(RunKey key) {
      slots.add(key);
    }

    void closed(TradingTask task, LocalDate day) {
      days.add(task.stableName() + "@" + day);
    }

    boolean noRowOn(TradingTask task, LocalDate day) {
      return !days.contains(task.stableName() + "@" + day);
    }

    @Override
    public boolean hasRun(RunKey key) {
      return slots.contains(key);
    }
  }
}
