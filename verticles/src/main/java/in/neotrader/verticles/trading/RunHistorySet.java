package in.neotrader.verticles.trading;

import in.neotrader.core.tasks.RunHistory;
import in.neotrader.core.tasks.RunKey;
import in.neotrader.core.tasks.TaskSchedule;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.service.RunHistoryRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

/** The runs that count as "already ran", loaded once at start and kept current by the verticle. */
final class RunHistorySet implements RunHistory {

  private final Set<RunKey> ran = new HashSet<>();

  static Future<RunHistorySet> load(Pool pool, long userId, TaskSchedule schedule, LocalDate today) {
    return new RunHistoryRepository(pool).since(userId, today).map(rows -> {
      RunHistorySet set = new RunHistorySet();
      for (RunHistoryRepository.PastRun row : rows) {
        TradingTask.byStableName(row.task()).ifPresent(task -> set.ran.add(new RunKey(task, row.tradingDay(),
            row.slot() == null ? schedule.rule(task).slots().get(0) : LocalTime.parse(row.slot()))));
      }
      return set;
    });
  }

  void add(RunKey key) {
    // Only today's runs can still matter; keeping a week of minute slots would grow every verticle.
    ran.removeIf(k -> k.tradingDay().isBefore(key.tradingDay()));
    ran.add(key);
  }

  @Override
  public boolean hasRun(RunKey key) {
    return ran.contains(key);
  }
}
