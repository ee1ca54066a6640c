package in.neotrader.sql.orders;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** How many of a user's orders made on one trading day stand in each state: the daily summary's figures. */
public final class OrderDayCounts {
  private static final String BY_STATUS = "SELECT status, count(*) AS n FROM orders WHERE user_id = #{userId} "
      + "AND trading_day = #{day} GROUP BY status";

  private final SqlClient client;

  public OrderDayCounts(SqlClient client) {
    this.client = client;
  }

  /** State → count; states with no order are absent. */
  public Future<Map<String, Long>> byStatus(long userId, LocalDate day) {
    return Queries.list(client, BY_STATUS, Params.of("userId", userId).and("day", day),
        r -> Map.entry(r.getString("status"), r.getLong("n")))
        .map(rows -> {
          Map<String, Long> counts = new TreeMap<>();
          rows.forEach(e -> counts.put(e.getKey(), e.getValue()));
          return counts;
        });
  }
}
