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
import java.time.Instant;

/** Each user's own service log, the lines the UI shows under "Logs". */
public final class ServiceLogRepository {
  private static final String INSERT = "INSERT INTO service_logs (user_id, at, level, task, message, context) "
      + "VALUES (#{userId}, #{at}, #{level}, #{task}, #{message}, #{context}) RETURNING *";
  private static final String FILTER = """
       FROM service_logs WHERE user_id = #{userId}
        AND (#{level}::text IS NULL OR level = #{level})
        AND (#{task}::text IS NULL OR task = #{task})
        AND (#{from}::timestamptz IS NULL OR at >= #{from})
        AND (#{to}::timestamptz IS NULL OR at < #{to})""";
  private static final String PAGE = "SELECT * " + FILTER + " ORDER BY at DESC, id DESC LIMIT #{limit} OFFSET #{offset}";
  private static final String COUNT = "SELECT count(*) AS total " + FILTER;

  private final SqlClient client;

  public ServiceLogRepository(SqlClient client) {
    this.client = client;
  }

  public ServiceLogRepository forConnection(SqlClient connection) {
    return new ServiceLogRepository(connection);
  }

  public Future<ServiceLogEntry> insert(long userId, Instant at, LogLevel level, String task, String message,
      JsonObject context) {
    return Queries.single(client, INSERT, Params.of("userId", userId).and("at", at).and("level", level)
        .and("task", task).and("message", message).and("context", context == null ? new JsonObject() : context),
        ServiceLogRepository::entry);
  }

  /** A line of a task run, for {@link TaskRunRecords}. */
  public record NewLogLine(Instant at, LogLevel level, String task, String message, JsonObject context) {}

  /** Newest first. */
  public Future<Page<ServiceLogEntry>> page(long userId, ServiceLogFilter filter, PageRequest page) {
    Params filters = Params.of("userId", userId).and("level", filter.level()).and("task", filter.task())
        .and("from", filter.from()).and("to", filter.to());
    return Page.fetch(client, PAGE, COUNT, filters, page, ServiceLogRepository::entry);
  }

  private static ServiceLogEntry entry(Row row) {
    return new ServiceLogEntry(row.getLong("id"), row.getLong("user_id"), Rows.instant(row, "at"),
        StoredAs.parse(LogLevel.class, row.getString("level")), row.getString("task"), row.getString("message"),
        row.getJsonObject("context"));
  }
}
