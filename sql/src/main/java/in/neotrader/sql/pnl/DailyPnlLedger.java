package in.neotrader.sql.pnl;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The trading engine's writes to daily_pnl: realised P&L and fees add up fill by fill (in the fill's
 * transaction), the unrealised P&L is set at the end of the day.
 */
public final class DailyPnlLedger {
  private static final String ADD = """
      INSERT INTO daily_pnl AS d (user_id, day, realised, fees, updated_at)
      VALUES (#{userId}, #{day}, #{realised}, #{fees}, #{at})
      ON CONFLICT (user_id, day) DO UPDATE SET realised = d.realised + EXCLUDED.realised,
        fees = d.fees + EXCLUDED.fees, updated_at = EXCLUDED.updated_at""";
  private static final String SET_UNREALISED = """
      INSERT INTO daily_pnl AS d (user_id, day, unrealised, updated_at)
      VALUES (#{userId}, #{day}, #{unrealised}, #{at})
      ON CONFLICT (user_id, day) DO UPDATE SET unrealised = EXCLUDED.unrealised, updated_at = EXCLUDED.updated_at""";

  private final SqlClient client;

  public DailyPnlLedger(SqlClient client) {
    this.client = client;
  }

  public Future<Integer> add(long userId, LocalDate day, BigDecimal realised, BigDecimal fees, Instant at) {
    return Queries.update(client, ADD, Params.of("userId", userId).and("day", day).and("realised", realised)
        .and("fees", fees).and("at", at));
  }

  public Future<Integer> setUnrealised(long userId, LocalDate day, BigDecimal unrealised, Instant at) {
    return Queries.update(client, SET_UNREALISED, Params.of("userId", userId).and("day", day)
        .and("unrealised", unrealised).and("at", at));
  }
}
