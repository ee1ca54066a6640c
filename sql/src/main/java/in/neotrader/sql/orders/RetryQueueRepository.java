package in.neotrader.sql.orders;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.UserBatches;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;

/**
 * The failed-buy retry queue (TRADING_RULES §8) as it lives in the orders table: BUY orders in state FAILED
 * with reason insufficient_balance, written by the engine or imported from the legacy failed_orders. An entry
 * leaves the queue by a metadata flag (done or expired), never by deletion: no record is lost.
 */
public final class RetryQueueRepository {
  public static final String REASON = "insufficient_balance";
  private static final String LIVE = """
      SELECT id, user_id, client_order_id, symbol, quantity, placed_at, metadata FROM orders
      WHERE user_id = ANY(#{userIds}) AND side = 'BUY' AND status = 'FAILED' AND status_reason = '%s'
        AND NOT coalesce((metadata->>'done')::boolean, false) AND NOT coalesce((metadata->>'expired')::boolean, false)
      ORDER BY placed_at, id""".formatted(REASON);
  // Only a live entry changes: an entry already closed by another path stays as it was.
  private static final String UPDATE = """
      UPDATE orders SET quantity = #{quantity}, metadata = metadata || #{patch}::jsonb, updated_at = #{at}
      WHERE user_id = #{userId} AND id = #{orderId} AND status = 'FAILED'
        AND NOT coalesce((metadata->>'done')::boolean, false) AND NOT coalesce((metadata->>'expired')::boolean, false)""";

  private final SqlClient client;

  public RetryQueueRepository(SqlClient client) {
    this.client = client;
  }

  /** The user's live entries, oldest failure first. */
  public Future<List<QueuedBuy>> listLive(long userId) {
    return UserBatches.list(client, LIVE, userId, Params.none(), RetryQueueRepository::queued);
  }

  /**
   * Sets the quantity and merges {@code patch} into the metadata of a live entry; false when the entry is not
   * the user's or no longer live.
   */
  public Future<Boolean> update(long userId, long orderId, int quantity, JsonObject patch, Instant at) {
    return Queries.applied(client, UPDATE, Params.of("userId", userId).and("orderId", orderId)
        .and("quantity", quantity).and("patch", patch).and("at", at));
  }

  private static QueuedBuy queued(Row r) {
    return new QueuedBuy(r.getLong("id"), r.getString("client_order_id"), r.getString("symbol"),
        r.getInteger("quantity"), Rows.instant(r, "placed_at"), r.getJsonObject("metadata"));
  }
}
