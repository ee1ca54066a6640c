package in.neotrader.sql.orders;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.UserBatches;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

/** Paper order numbers continue across restarts (the legacy restarted at 1 and overwrote older orders). */
public final class OrderNumbering {
  // One row per user asked for, so that a burst of starts counts in one statement (UserBatches).
  private static final String NEXT = "SELECT u.user_id, (SELECT count(*) + 1 FROM orders o WHERE o.user_id = u.user_id "
      + "AND broker_order_id IS NOT NULL) AS next FROM unnest(#{userIds}::bigint[]) AS u(user_id)";

  private final SqlClient client;

  public OrderNumbering(SqlClient client) {
    this.client = client;
  }

  public Future<Long> nextPaperOrderNumber(long userId) {
    return UserBatches.list(client, NEXT, userId, Params.none(), row -> row.getLong("next")).map(rows -> rows.get(0));
  }
}
