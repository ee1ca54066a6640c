package in.neotrader.sql.signals;

import in.neotrader.sql.query.Columns;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.UserBatches;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Analysis signals, one per (user, day, symbol): a re-run of the analysis replaces the day's verdict. */
public final class SignalRepository {
  private static final Columns COLUMNS = Columns.of("id", "user_id", "day", "symbol", "verdict", "final_verdict",
      "status", "source", "strength_score", "backtest_score", "combined_score", "last_close", "indicators", "details",
      "created_at", "strategy");
  private static final String UPSERT = """
      INSERT INTO signals (user_id, day, symbol, verdict, final_verdict, status, source, strength_score,
        backtest_score, combined_score, last_close, indicators, details, strategy)
      VALUES (#{userId}, #{day}, #{symbol}, #{verdict}, #{finalVerdict}, coalesce(#{status}, 'success'),
        coalesce(#{source}, 'analysis'), #{strength}, #{backtest}, #{combined}, #{lastClose}, #{indicators}, #{details},
        coalesce(#{strategy}, 'dip'))
      ON CONFLICT (user_id, day, symbol) DO UPDATE SET verdict = EXCLUDED.verdict,
        final_verdict = EXCLUDED.final_verdict, status = EXCLUDED.status, source = EXCLUDED.source,
        strength_score = EXCLUDED.strength_score, backtest_score = EXCLUDED.backtest_score,
        combined_score = EXCLUDED.combined_score, last_close = EXCLUDED.last_close,
        indicators = EXCLUDED.indicators, details = EXCLUDED.details, strategy = EXCLUDED.strategy
      RETURNING\s""" + COLUMNS.list();
  private static final String FOR_DAY = "SELECT " + COLUMNS.list()
      + " FROM signals WHERE user_id = ANY(#{userIds}) AND day = #{day} ORDER BY combined_score DESC NULLS LAST, symbol";
  private static final String RECENT = "SELECT " + COLUMNS.list() + " FROM signals WHERE user_id = #{userId} "
      + "ORDER BY day DESC, combined_score DESC NULLS LAST, symbol LIMIT #{limit}";

  private static final String LATEST_DAY = "SELECT max(day) AS day FROM signals WHERE user_id = #{userId}";

  private final SqlClient client;

  public SignalRepository(SqlClient client) {
    this.client = client;
  }

  public SignalRepository forConnection(SqlClient connection) {
    return new SignalRepository(connection);
  }

  public Future<Signal> upsert(long userId, NewSignal s) {
    return Queries.single(client, UPSERT, Params.of("userId", userId).and("day", s.day()).and("symbol", s.symbol())
        .and("verdict", s.verdict()).and("finalVerdict", s.finalVerdict()).and("status", s.status())
        .and("source", s.source()).and("strength", s.strengthScore()).and("backtest", s.backtestScore())
        .and("combined", s.combinedScore()).and("lastClose", s.lastClose())
        .and("indicators", orEmpty(s.indicators())).and("details", orEmpty(s.details())).and("strategy", s.strategy()),
        SignalRepository::signal);
  }

  /** Best combined score first. */
  public Future<List<Signal>> listForDay(long userId, LocalDate day) {
    return UserBatches.list(client, FOR_DAY, userId, Params.of("day", day), SignalRepository::signal);
  }

  /** The last day the analysis wrote signals for this user (empty before its first run). */
  public Future<Optional<LocalDate>> latestDay(long userId) {
    return Queries.single(client, LATEST_DAY, Params.of("userId", userId),
        r -> Optional.ofNullable(r.getLocalDate("day")));
  }

  /** Latest day first, best score first within a day. */
  public Future<List<Signal>> listRecent(long userId, int limit) {
    return Queries.list(client, RECENT, Params.of("userId", userId).and("limit", limit), SignalRepository::signal);
  }

  private static JsonObject orEmpty(JsonObject json) {
    return json == null ? new JsonObject() : json;
  }

  private static Signal signal(Row r) {
    int c = COLUMNS.at(r, 0);
    return new Signal(r.getLong(c), r.getLong(c + 1), r.getLocalDate(c + 2), r.getString(c + 3), r.getString(c + 4),
        r.getString(c + 5), r.getString(c + 6), r.getString(c + 7), r.getBigDecimal(c + 8), r.getBigDecimal(c + 9),
        r.getBigDecimal(c + 10), r.getBigDecimal(c + 11), r.getJsonObject(c + 12), r.getJsonObject(c + 13),
        Rows.instant(r, c + 14), r.getString(c + 15));
  }
}
