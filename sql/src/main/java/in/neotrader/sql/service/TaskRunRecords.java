package in.neotrader.sql.service;

import in.neotrader.sql.query.Coalescer;
import in.neotrader.sql.query.JsonRows;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What a finished task run leaves behind, written by one statement (one round trip, one commit): its
 * service_task_execution row, its log lines in order, and the user's last-run time or error counters, as
 * {@link TaskExecutionRepository#insert}, {@link ServiceLogRepository#insert} and
 * {@link ServiceStatusRepository#recordTaskExecution} / {@link ServiceStatusRepository#recordError} would. The runs
 * of many users that end at the same moment (a burst) share the statement ({@link Coalescer}), each user once in it.
 */
public final class TaskRunRecords {
  // The users' status rows are locked in user order, as every statement locking many users' rows does (the
  // heartbeat, the fenced order writes): two of them never deadlock.
  private static final int MAX_RUNS = 500;
  private static final int MAX_IN_FLIGHT = 2;
  private static final String RECORD = """
      WITH r AS (
        SELECT * FROM jsonb_to_recordset(#{runs}::jsonb) AS r(user_id bigint, task text, trading_day date,
          executed_at timestamptz, outcome text, reason text, duration numeric, details jsonb, node_id text,
          logs jsonb, failed boolean, error text, n int)),
      execution AS (
        INSERT INTO service_task_execution (user_id, task_name, trading_day, executed_at, status, reason,
          duration_seconds, details, node_id)
        SELECT user_id, task, trading_day, executed_at, outcome, reason, duration, details, node_id FROM r ORDER BY n
        RETURNING id, user_id),
      logs AS (
        INSERT INTO service_logs (user_id, at, level, task, message, context)
        SELECT r.user_id, l.at, l.level, l.task, l.message, coalesce(l.context, '{}'::jsonb)
        FROM r, ROWS FROM (jsonb_to_recordset(r.logs)
          AS (at timestamptz, level text, task text, message text, context jsonb)) WITH ORDINALITY
          AS l(at, level, task, message, context, n)
        ORDER BY r.n, l.n),
      status AS (
        UPDATE service_status s SET
          last_task_execution = CASE WHEN r.failed THEN s.last_task_execution ELSE r.executed_at END,
          error_count = s.error_count + CASE WHEN r.failed THEN 1 ELSE 0 END,
          last_error = CASE WHEN r.failed THEN r.error ELSE s.last_error END,
          updated_at = r.executed_at
        FROM r JOIN (SELECT user_id FROM service_status WHERE user_id = ANY(ARRAY(SELECT user_id FROM r))
          ORDER BY user_id FOR NO KEY UPDATE) locked USING (user_id)
        WHERE s.user_id = r.user_id)
      SELECT id, user_id FROM execution""";

  /** A run's row, as the statement reads it. */
  private record Run(long userId, JsonObject row) {}

  private static final Map<Pool, Coalescer<Run, Long>> BY_POOL = Collections.synchronizedMap(new WeakHashMap<>());

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
    lines.forEach(l -> logs.add(new JsonObject().put("at", JsonRows.instant(l.at())).put("level", l.level().stored())
        .put("task", l.task()).put("message", l.message())
        .put("context", l.context() == null ? new JsonObject() : l.context())));
    JsonObject row = new JsonObject().put("user_id", userId).put("task", run.task())
        .put("trading_day", run.tradingDay().toString()).put("executed_at", JsonRows.instant(run.executedAt()))
        .put("outcome", run.outcome().stored()).put("reason", run.reason()).put("duration", run.durationSeconds())
        .put("details", run.details() == null ? new JsonObject() : run.details()).put("node_id", run.nodeId())
        .put("logs", logs).put("failed", error != null).put("error", error);
    Run recorded = new Run(userId, row);
    return client instanceof Pool pool
        ? BY_POOL.computeIfAbsent(pool, p -> new Coalescer<>(runs -> recordAll(p, runs), MAX_RUNS, MAX_IN_FLIGHT))
            .submit(recorded)
        : statement(client, List.of(recorded)).compose(ids -> ids.get(0));
  }

  /** In statements where each user is once (a user's two runs ending together go in two). */
  private static Future<List<Future<Long>>> recordAll(Pool pool, List<Run> runs) {
    return Coalescer.inStatements(runs, (statement, run) -> statement.stream().noneMatch(r -> r.userId() == run.userId()),
        users -> Coalescer.orEachAlone(statement(pool, users), users,
            run -> statement(pool, List.of(run)).compose(ids -> ids.get(0))));
  }

  private static Future<List<Future<Long>>> statement(SqlClient client, List<Run> runs) {
    JsonArray rows = new JsonArray();
    for (int i = 0; i < runs.size(); i++) {
      rows.add(runs.get(i).row().copy().put("n", i));
    }
    return Queries.list(client, RECORD, Params.of("runs", rows), row -> row).map(written -> {
      Map<Long, Long> ids = new HashMap<>();
      written.forEach(row -> ids.put(row.getLong("user_id"), row.getLong("id")));
      return runs.stream().map(run -> Future.succeededFuture(ids.get(run.userId()))).toList();
    });
  }
}
