package in.neotrader.sql.risk;

import in.neotrader.core.risk.Exposure;
import in.neotrader.core.risk.PreTradeCheck;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;

/**
 * A user's {@link Exposure} from the stored positions and orders, in one statement: open positions at cost, the
 * unfilled part of every pending buy at its limit (the rupees it reserves), and today's orders that went out (or
 * are going out): neither the intents never sent nor the ones a limit refused count.
 */
public final class ExposureRepository {
  private static final String EXPOSURE = """
      WITH open_positions AS (
        SELECT symbol, quantity * average_price AS cost FROM positions
        WHERE user_id = #{userId} AND closed_at IS NULL AND quantity > 0),
      pending_buys AS (
        SELECT symbol, (quantity - filled_quantity) * coalesce(price, 0) AS reserved FROM orders
        WHERE user_id = #{userId} AND side = 'BUY' AND status IN ('NEW', 'AMO_PENDING', 'OPEN', 'PARTIALLY_FILLED'))
      SELECT
        ARRAY(SELECT symbol FROM open_positions UNION SELECT symbol FROM pending_buys) AS symbols,
        (SELECT coalesce(sum(cost), 0) FROM open_positions) + (SELECT coalesce(sum(reserved), 0) FROM pending_buys)
          AS deployed,
        (SELECT count(*) FROM orders WHERE user_id = #{userId} AND trading_day = #{day} AND status <> 'FAILED'
          AND coalesce(status_reason, '') NOT LIKE #{refused}) AS orders_today""";

  private final SqlClient client;

  public ExposureRepository(SqlClient client) {
    this.client = client;
  }

  public Future<Exposure> load(long userId, LocalDate day) {
    return Queries.single(client, EXPOSURE, Params.of("userId", userId).and("day", day)
        .and("refused", PreTradeCheck.Refusal.PREFIX + "%"), r -> new Exposure(
        new HashSet<>(Arrays.asList(r.getArrayOfStrings("symbols"))), r.getBigDecimal("deployed"),
        r.getLong("orders_today").intValue()));
  }
}
