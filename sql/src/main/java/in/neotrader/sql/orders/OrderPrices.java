package in.neotrader.sql.orders;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.time.Instant;

/** The limit price of a pending order after a modify the broker acknowledged. */
public final class OrderPrices {
  private static final String SET_PRICE = "UPDATE orders SET price = #{price}, updated_at = #{at} "
      + "WHERE user_id = #{userId} AND id = #{orderId} AND status IN ('AMO_PENDING', 'OPEN', 'PARTIALLY_FILLED')";

  private final SqlClient client;

  public OrderPrices(SqlClient client) {
    this.client = client;
  }

  public Future<Boolean> setPrice(long userId, long orderId, BigDecimal price, Instant at) {
    return Queries.applied(client, SET_PRICE, Params.of("userId", userId).and("orderId", orderId)
        .and("price", price).and("at", at));
  }
}
