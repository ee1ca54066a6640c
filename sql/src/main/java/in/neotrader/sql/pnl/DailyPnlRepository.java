package in.neotrader.sql.pnl;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The P&L of each trading day; the end-of-day task writes the day's final figures over earlier ones. */
public final class DailyPnlRepository {
  private static final String UPSERT = """
      INSERT INTO daily_pnl (user_id, day, realised, unrealised, fees, updated_at)
      VALUES (#{userId}, #{day}, #{realised}, #{unrealised}, #{fees}, #{at})
      ON CONFLICT (user_id, day) DO UPDATE SET realised = EXCLUDED.realised, unrealised = EXCLUDED.unrealised,
        fees = EXCLUDED.fees, updated_at = EXCLUDED.updated_at
      RETURNING *""";
  private static final String RANGE = "SELECT * FROM daily_pnl WHERE user_id = #{userId} "
      + "AND day BETWEEN #{from} AND #{to} ORDER BY day";
  private static final String LATEST_DAY = "SELECT max(day) AS day FROM daily_pnl WHERE user_id = #{userId}";

  private final SqlClient client;

  public DailyPnlRepository(SqlClient client) {
    this.client = client;
  }

  public DailyPnlRepository forConnection(SqlClient connection) {
    return new DailyPnlRepository(connection);
  }

  public Future<DailyPnl> upsert(long userId, LocalDate day, BigDecimal realised, BigDecimal unrealised,
      BigDecimal fees, Instant at) {
    return Queries.single(client, UPSERT, Params.of("userId", userId).and("day", day).and("realised", realised)
        .and("unrealised", unrealised).and("fees", fees).and("at", at), DailyPnlRepository::pnl);
  }

  /** Both ends included, oldest day first. */
  public Future<List<DailyPnl>> list(long userId, LocalDate from, LocalDate to) {
    return Queries.list(client, RANGE, Params.of("userId", userId).and("from", from).and("to", to),
        DailyPnlRepository::pnl);
  }

  /** The last day with figures (empty before the first end of day). */
  public Future<Optional<LocalDate>> latestDay(long userId) {
    return Queries.single(client, LATEST_DAY, Params.of("userId", userId),
        r -> Optional.ofNullable(r.getLocalDate("day")));
  }

  private static DailyPnl pnl(Row r) {
    return new DailyPnl(r.getLong("user_id"), r.getLocalDate("day"), r.getBigDecimal("realised"),
        r.getBigDecimal("unrealised"), r.getBigDecimal("fees"), Rows.instant(r, "updated_at"));
  }
}
