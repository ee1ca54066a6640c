package in.neotrader.sql.service;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;

/**
 * What a finished task run leaves behind, written by one statement (one round trip, one commit): its
 * service_task_execution row, its log lines in order, and the user's last-run time or error counters, as
 * {@link TaskExecutionRepository#insert}, {@link ServiceLogRepository#insert} and
 * {@link ServiceStatusRepository#recordTaskExecution} / {@link ServiceStatusRepository#recordError} would.
 */
public final class TaskRunRecords {
  private static final String RECORD = """
      WITH execution AS (
        INSERT INTO service_task_execution (user_id, task_name, trading_day, executed_at, status, reason,
          duration_seconds, details, node_id)
        VALUES (#{userId}, #{task}, #{tradingDay}, #{executedAt}, #{outcome}, #{reason}, #{duration}, #{details},
          #{nodeId})
        RETURNING id),
      logs AS (
        INSERT INTO service_logs (user_id, at, level, task, message, context)
        SELECT #{userId}, l.at, l.level, l.task, l.message, coalesce(l.context, '{}'::jsonb)
        FROM ROWS FROM (jsonb_to_recordset(#{logs}::jsonb)
          AS (at timestamptz, level text, task text, message text, context jsonb)) WITH ORDINALITY
          AS l(at, level, task, message, context, n)
        ORDER BY l.n),
      status AS (
        UPDATE service_status SET
          last_task_execution = CASE WHEN #{failed}::boolean THEN last_task_execution ELSE #{executedAt} END,
          error_count = error_count + CASE WHEN #{failed}::boolean THEN 1 ELSE 0 END,
          last_error = CASE WHEN #{failed}::boolean THEN #{error}::text ELSE last_error END,
          updated_at = #{executedAt}
        WHERE user_id = #{userId})
      SELECT id FROM execution""";

  private final SqlClient client;

  public TaskRunRecords(SqlClient client) {
    this.client = client;
  }

  /**
   * Records a run that ended at {@code run.executedAt()}; {@code error} non-null counts it as the user's last
   * error (a failed run), null as the last successful execution. Answers the run's id.
   */
  public Future<Long> record(long userId, NewTaskExecution run, List<ServiceLogRepository.NewLogLine> lines,
      String error) {
    JsonArray logs = new JsonArray();
    lines.forEach(l -> logs.add(new JsonObject().put("at", l.at().toString()).put("level", l.level().stored())
        .put("task", l.task()).put("message", l.message())
        .put("context", l.context() == null ? new JsonObject() : l.context())));
    Params params = Params.of("userId", userId).and("task", run.task()).and("tradingDay", run.tradingDay())
        .and("executedAt", run.executedAt()).and("outcome", run.outcome()).and("reason", run.reason())
        .and("duration", run.durationSeconds()).and("details", run.details() == null ? new JsonObject() : run.details())
        .and("nodeId", run.nodeId()).and("logs", logs).and("failed", error != null).and("error", error);
    return Queries.single(client, RECORD, params, row -> row.getLong("id"));
  }
}
