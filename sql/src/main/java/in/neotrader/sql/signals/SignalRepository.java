package in.neotrader.sql.signals;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The analysis output per user and day; a second analysis of the same day replaces the first. */
public final class SignalRepository {
  private static final String UPSERT = """
      INSERT INTO signals AS s (user_id, day, symbol, verdict, final_verdict, strength_score, backtest_score,
        combined_score, last_close, indicators, created_at)
      VALUES (#{userId}, #{day}, #{symbol}, #{verdict}, #{finalVerdict}, #{strength}, #{backtest}, #{combined},
        #{lastClose}, #{indicators}, #{at})
      ON CONFLICT (user_id, day, symbol) DO UPDATE SET verdict = EXCLUDED.verdict,
        final_verdict = EXCLUDED.final_verdict, strength_score = EXCLUDED.strength_score,
        backtest_score = EXCLUDED.backtest_score, combined_score = EXCLUDED.combined_score,
        last_close = EXCLUDED.last_close, indicators = EXCLUDED.indicators, created_at = EXCLUDED.created_at
      RETURNING *""";
  private static final String OF_DAY = "SELECT * FROM signals WHERE user_id = #{userId} AND day = #{day} "
      + "ORDER BY symbol";
  private static final String LATEST_DAY = "SELECT max(day) AS day FROM signals WHERE user_id = #{userId} "
      + "AND day <= #{day}";

  private final SqlClient client;

  public SignalRepository(SqlClient client) {
    this.client = client;
  }

  public SignalRepository forConnection(SqlClient connection) {
    return new SignalRepository(connection);
  }

  public Future<StoredSignal> upsert(long userId, LocalDate day, NewSignal s, Instant at) {
    return Queries.single(client, UPSERT, Params.of("userId", userId).and("day", day).and("symbol", s.symbol())
        .and("verdict", s.verdict()).and("finalVerdict", s.finalVerdict()).and("strength", s.strengthScore())
        .and("backtest", s.backtestScore()).and("combined", s.combinedScore()).and("lastClose", s.lastClose())
        .and("indicators", s.indicators()).and("at", at), SignalRepository::signal);
  }

  public Future<List<StoredSignal>> listForDay(long userId, LocalDate day) {
    return Queries.list(client, OF_DAY, Params.of("userId", userId).and("day", day), SignalRepository::signal);
  }

  /** The newest day with signals on or before {@code day}. */
  public Future<Optional<LocalDate>> latestDay(long userId, LocalDate day) {
    return Queries.single(client, LATEST_DAY, Params.of("userId", userId).and("day", day),
        row -> Optional.ofNullable(row.getLocalDate("day")));
  }

  private static StoredSignal signal(Row r) {
    return new StoredSignal(r.getLong("id"), r.getLocalDate("day"), r.getString("symbol"), r.getString("verdict"),
        r.getString("final_verdict"), r.getBigDecimal("combined_score"), r.getBigDecimal("last_close"),
        r.getJsonObject("indicators"));
  }
}
