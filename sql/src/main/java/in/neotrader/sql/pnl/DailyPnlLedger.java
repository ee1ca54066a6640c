package in.neotrader.sql.pnl;

import in.neotrader.sql.query.JsonRows;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The trading engine's writes to daily_pnl: realised P&L and fees add up fill by fill (in the fill's
 * transaction), the unrealised P&L is set at the end of the day.
 */
public final class DailyPnlLedger {
  // Many users' sums as one array per column (one prepared text), amounts as text: exactly the decimal given; in
  // user order, as every statement writing many users' rows takes its locks.
  private static final String ADD = """
      INSERT INTO daily_pnl AS d (user_id, day, realised, fees, updated_at)
      SELECT user_id, day, realised::numeric, fees::numeric, at
      FROM unnest($1::bigint[], $2::date[], $3::text[], $4::text[], $5::timestamptz[])
        AS v(user_id, day, realised, fees, at)
      ORDER BY user_id, day
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
    return addForUsers(List.of(new DayBooking(userId, day, realised, fees, at)));
  }

  /** One user's sums of a day, for {@link #addForUsers}. */
  public record DayBooking(long userId, LocalDate day, BigDecimal realised, BigDecimal fees, Instant at) {}

  /** Several users' {@link #add} in one statement, each (user, day) once: the rows written. */
  public Future<Integer> addForUsers(List<DayBooking> bookings) {
    int n = bookings.size();
    Long[] userIds = new Long[n];
    LocalDate[] days = new LocalDate[n];
    String[] realised = new String[n];
    String[] fees = new String[n];
    OffsetDateTime[] ats = new OffsetDateTime[n];
    for (int i = 0; i < n; i++) {
      DayBooking b = bookings.get(i);
      userIds[i] = b.userId();
      days[i] = b.day();
      realised[i] = b.realised().toPlainString();
      fees[i] = b.fees().toPlainString();
      ats[i] = JsonRows.utc(b.at());
    }
    return client.preparedQuery(ADD).execute(Tuple.of(userIds, days, realised, fees, ats)).map(RowSet::rowCount);
  }

  public Future<Integer> setUnrealised(long userId, LocalDate day, BigDecimal unrealised, Instant at) {
    return Queries.update(client, SET_UNREALISED, Params.of("userId", userId).and("day", day)
        .and("unrealised", unrealised).and("at", at));
  }
}
