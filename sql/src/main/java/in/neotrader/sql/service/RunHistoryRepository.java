package in.neotrader.sql.service;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;
import io.vertx.sqlclient.SqlClient;

/** The task runs that count as "already ran" (success or failed) from a day on, with their schedule slot. */
public final class RunHistoryRepository {
  private static final String SINCE = "SELECT task_name, trading_day, details->>'slot' AS slot "
      + "FROM service_task_execution WHERE user_id = #{userId} AND trading_day >= #{day} "
      + "AND status IN ('success', 'failed')";

  /** A run of {@code task} on {@code tradingDay}; {@code slot} is HH:mm, null for rows written without one. */
  public record PastRun(String task, LocalDate tradingDay, String slot) {}

  private final SqlClient client;

  public RunHistoryRepository(SqlClient client) {
    this.client = client;
  }

  public Future<List<PastRun>> since(long userId, LocalDate day) {
    return Queries.list(client, SINCE, Params.of("userId", userId).and("day", day),
        row -> new PastRun(row.getString("task_name"), row.getLocalDate("trading_day"), row.getString("slot")));
  }
}
