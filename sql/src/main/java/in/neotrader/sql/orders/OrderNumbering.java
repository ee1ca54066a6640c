package in.neotrader.sql.orders;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

/** Paper order numbers continue across restarts (the legacy restarted at 1 and overwrote older orders). */
public final class OrderNumbering {
  private static final String NEXT = "SELECT count(*) + 1 AS next FROM orders WHERE user_id = #{userId} "
      + "AND broker_order_id IS NOT NULL";

  private final SqlClient client;

  public OrderNumbering(SqlClient client) {
    this.client = client;
  }

  public Future<Long> nextPaperOrderNumber(long userId) {
    return Queries.single(client, NEXT, Params.of("userId", userId), row -> row.getLong("next"));
  }
}
