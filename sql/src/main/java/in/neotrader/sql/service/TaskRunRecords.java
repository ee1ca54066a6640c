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
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
        SELECT user_id, task, trading_day, executed_at, outcome, reason, duration::numeric AS duration,
          details::jsonb AS details, node_id, logs::jsonb AS logs, failed, error, n
        FROM unnest(#{users}::bigint[], #{tasks}::text[], #{days}::date[], #{ats}::timestamptz[], #{outcomes}::text[],
          #{reasons}::text[], #{durations}::text[], #{details}::text[], #{nodes}::text[], #{logs}::text[],
          #{failed}::boolean[], #{errors}::text[]) WITH ORDINALITY
        AS r(user_id, task, trading_day, executed_at, outcome, reason, duration, details, node_id, logs, failed, error,
          n)),
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

  /** A run to record; {@code error} non-null counts it as the user's last error; its log lines as a JSON array. */
  private record Run(long userId, NewTaskExecution run, String logs, String error) {}

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
    Run recorded = new Run(userId, run, logs.encode(), error);
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
    int n = runs.size();
    Long[] users = new Long[n];
    String[] tasks = new String[n];
    LocalDate[] days = new LocalDate[n];
    OffsetDateTime[] ats = new OffsetDateTime[n];
    String[] outcomes = new String[n];
    String[] reasons = new String[n];
    String[] durations = new String[n];
    String[] details = new String[n];
    String[] nodes = new String[n];
    String[] logs = new String[n];
    Boolean[] failed = new Boolean[n];
    String[] errors = new String[n];
    for (int i = 0; i < n; i++) {
      Run r = runs.get(i);
      NewTaskExecution e = r.run();
      users[i] = r.userId();
      tasks[i] = e.task();
      days[i] = e.tradingDay();
      ats[i] = JsonRows.utc(e.executedAt());
      outcomes[i] = e.outcome().stored();
      reasons[i] = e.reason();
      durations[i] = e.durationSeconds() == null ? null : e.durationSeconds().toPlainString();
      details[i] = (e.details() == null ? new JsonObject() : e.details()).encode();
      nodes[i] = e.nodeId();
      logs[i] = r.logs();
      failed[i] = r.error() != null;
      errors[i] = r.error();
    }
    Params params = Params.of("users", users).and("tasks", tasks).and("days", days).and("ats", ats)
        .and("outcomes", outcomes).and("reasons", reasons).and("durations", durations).and("details", details)
        .and("nodes", nodes).and("logs", logs).and("failed", failed).and("errors", errors);
    return Queries.list(client, RECORD, params, row -> row).map(written -> {
      Map<Long, Long> ids = new HashMap<>();
      written.forEach(row -> ids.put(row.getLong("user_id"), row.getLong("id")));
      return runs.stream().map(run -> Future.succeededFuture(ids.get(run.userId()))).toList();
    });
  }
}
