package in.neotrader.sql.risk;

import in.neotrader.core.risk.Exposure;
import in.neotrader.core.risk.PreTradeCheck;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.UserBatches;
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
  // One row per user asked for: the reads of many users' pre-trade checks in a burst are one statement (UserBatches).
  private static final String EXPOSURE = """
      SELECT u.user_id,
        ARRAY(SELECT symbol FROM positions p WHERE p.user_id = u.user_id AND closed_at IS NULL AND quantity > 0
          UNION SELECT symbol FROM orders o WHERE o.user_id = u.user_id AND side = 'BUY' AND status IN %1$s) AS symbols,
        (SELECT coalesce(sum(quantity * average_price), 0) FROM positions p
          WHERE p.user_id = u.user_id AND closed_at IS NULL AND quantity > 0)
        + (SELECT coalesce(sum((quantity - filled_quantity) * coalesce(price, 0)), 0) FROM orders o
          WHERE o.user_id = u.user_id AND side = 'BUY' AND status IN %1$s) AS deployed,
        (SELECT count(*) FROM orders o WHERE o.user_id = u.user_id AND trading_day = #{day} AND status <> 'FAILED'
          AND coalesce(status_reason, '') NOT LIKE #{refused}) AS orders_today
      FROM unnest(#{userIds}::bigint[]) AS u(user_id)""".formatted(OrderRepository.OPEN_STATES);

  private final SqlClient client;

  public ExposureRepository(SqlClient client) {
    this.client = client;
  }

  public Future<Exposure> load(long userId, LocalDate day) {
    return UserBatches.list(client, EXPOSURE, userId, Params.of("day", day)
        .and("refused", PreTradeCheck.Refusal.PREFIX + "%"), r -> new Exposure(
        new HashSet<>(Arrays.asList(r.getArrayOfStrings("symbols"))), r.getBigDecimal("deployed"),
        r.getLong("orders_today").intValue())).map(rows -> rows.get(0));
  }
}
