package in.neotrader.sql.service;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.UserBatches;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The task runs that count as "already ran" (success or failed) from a day on, with their schedule slot. */
public final class RunHistoryRepository {
  private static final String SINCE = "SELECT user_id, task_name, trading_day, details->>'slot' AS slot "
      + "FROM service_task_execution WHERE user_id = ANY(#{userIds}) AND trading_day >= #{day} "
      + "AND status IN ('success', 'failed')";
  private static final String RECORDED_SINCE = "SELECT user_id, task_name, trading_day, details->>'slot' AS slot "
      + "FROM service_task_execution WHERE user_id = ANY(#{userIds}) AND trading_day >= #{day}";
  private static final String RAN = "SELECT EXISTS (SELECT 1 FROM service_task_execution WHERE user_id = #{userId} "
      + "AND task_name = #{task} AND trading_day = #{day} AND details->>'slot' = #{slot} "
      + "AND status IN ('success', 'failed')) AS ran";
  // One row per user asked for, so that a burst of starts reads them in one statement (UserBatches).
  private static final String LAST_RUN = "SELECT u.user_id, (SELECT max(executed_at) FROM service_task_execution e "
      + "WHERE e.user_id = u.user_id) AS at FROM unnest(#{userIds}::bigint[]) AS u(user_id)";

  /** A run of {@code task} on {@code tradingDay}; {@code slot} is HH:mm, null for rows written without one. */
  public record PastRun(String task, LocalDate tradingDay, String slot) {}

  private final SqlClient client;

  public RunHistoryRepository(SqlClient client) {
    this.client = client;
  }

  public Future<List<PastRun>> since(long userId, LocalDate day) {
    return list(SINCE, userId, day);
  }

  /** Every recorded row from {@code day} on, skipped ones included: what a slot's accounting can point to. */
  public Future<List<PastRun>> recordedSince(long userId, LocalDate day) {
    return list(RECORDED_SINCE, userId, day);
  }

  /** Whether the run of {@code task} for {@code slot} (HH:mm) of {@code day} is recorded, succeeded or failed. */
  public Future<Boolean> ran(long userId, String task, LocalDate day, String slot) {
    return Queries.single(client, RAN, Params.of("userId", userId).and("task", task).and("day", day)
        .and("slot", slot), row -> row.getBoolean("ran"));
  }

  /** When the user's latest recorded run started, on the user's clock. */
  public Future<Optional<Instant>> lastRunAt(long userId) {
    return UserBatches.list(client, LAST_RUN, userId, Params.none(), row -> Optional.ofNullable(
        Rows.instant(row, "at"))).map(rows -> rows.get(0));
  }

  private Future<List<PastRun>> list(String sql, long userId, LocalDate day) {
    return UserBatches.list(client, sql, userId, Params.of("day", day),
        row -> new PastRun(row.getString("task_name"), row.getLocalDate("trading_day"), row.getString("slot")));
  }
}
