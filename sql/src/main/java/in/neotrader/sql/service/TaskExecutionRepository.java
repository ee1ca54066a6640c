package in.neotrader.sql.service;

import in.neotrader.sql.query.Page;
import in.neotrader.sql.query.PageRequest;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import in.neotrader.sql.query.StoredAs;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.List;

/** The history of task runs: what ran, when, how it ended; and whether a task already ran on a trading day. */
public final class TaskExecutionRepository {
  private static final String INSERT = """
      INSERT INTO service_task_execution (user_id, task_name, trading_day, executed_at, status, reason,
        duration_seconds, details, node_id)
      VALUES (#{userId}, #{task}, #{tradingDay}, #{executedAt}, #{outcome}, #{reason}, #{duration}, #{details},
        #{nodeId})
      RETURNING *""";
  private static final String FILTER = """
       FROM service_task_execution WHERE user_id = #{userId}
        AND (#{task}::text IS NULL OR task_name = #{task})
        AND (#{outcome}::text IS NULL OR status = #{outcome})
        AND (#{fromDay}::date IS NULL OR trading_day >= #{fromDay})
        AND (#{toDay}::date IS NULL OR trading_day <= #{toDay})""";
  private static final String PAGE = "SELECT * " + FILTER
      + " ORDER BY executed_at DESC, id DESC LIMIT #{limit} OFFSET #{offset}";
  private static final String COUNT = "SELECT count(*) AS total " + FILTER;
  private static final String LAST_PER_TASK = "SELECT DISTINCT ON (task_name) * FROM service_task_execution "
      + "WHERE user_id = #{userId} ORDER BY task_name, executed_at DESC, id DESC";
  // A skipped run does not count: the task may still run later that day.
  private static final String RAN = "SELECT EXISTS (SELECT 1 FROM service_task_execution WHERE user_id = #{userId} "
      + "AND task_name = #{task} AND trading_day = #{tradingDay} AND status IN ('success', 'failed')) AS ran";

  private final SqlClient client;

  public TaskExecutionRepository(SqlClient client) {
    this.client = client;
  }

  public TaskExecutionRepository forConnection(SqlClient connection) {
    return new TaskExecutionRepository(connection);
  }

  public Future<TaskExecution> insert(long userId, NewTaskExecution run) {
    return Queries.single(client, INSERT, Params.of("userId", userId).and("task", run.task())
        .and("tradingDay", run.tradingDay()).and("executedAt", run.executedAt()).and("outcome", run.outcome())
        .and("reason", run.reason()).and("duration", run.durationSeconds())
        .and("details", run.details() == null ? new JsonObject() : run.details()).and("nodeId", run.nodeId()),
        TaskExecutionRepository::execution);
  }

  /** Newest first. */
  public Future<Page<TaskExecution>> page(long userId, TaskExecutionFilter filter, PageRequest page) {
    Params filters = Params.of("userId", userId).and("task", filter.task()).and("outcome", filter.outcome())
        .and("fromDay", filter.fromDay()).and("toDay", filter.toDay());
    return Page.fetch(client, PAGE, COUNT, filters, page, TaskExecutionRepository::execution);
  }

  /** The latest run of each task the user ever ran, by task name. */
  public Future<List<TaskExecution>> lastPerTask(long userId) {
    return Queries.list(client, LAST_PER_TASK, Params.of("userId", userId), TaskExecutionRepository::execution);
  }

  /** Whether the task succeeded or failed on that trading day (skips do not count). */
  public Future<Boolean> ranToday(long userId, String task, LocalDate tradingDay) {
    return Queries.single(client, RAN, Params.of("userId", userId).and("task", task).and("tradingDay", tradingDay),
        row -> row.getBoolean("ran"));
  }

  private static TaskExecution execution(Row row) {
    return new TaskExecution(row.getLong("id"), row.getLong("user_id"), row.getString("task_name"),
        row.getLocalDate("trading_day"), Rows.instant(row, "executed_at"),
        StoredAs.parse(TaskOutcome.class, row.getString("status")), row.getString("reason"),
        row.getBigDecimal("duration_seconds"), row.getJsonObject("details"), row.getString("node_id"));
  }
}
