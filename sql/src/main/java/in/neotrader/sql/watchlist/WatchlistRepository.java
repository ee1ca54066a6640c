package in.neotrader.sql.watchlist;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;

/** The traders' watchlists. The caller validates symbols; this stores them as given. */
public final class WatchlistRepository {
  private static final String LIST = "SELECT symbol, added_at FROM watchlist WHERE user_id = #{userId} ORDER BY symbol";
  // One statement, so the list is replaced whole; a symbol kept keeps the day it was first added.
  private static final String REPLACE = """
      WITH dropped AS (DELETE FROM watchlist WHERE user_id = #{userId} AND symbol <> ALL(#{symbols}::text[]))
      INSERT INTO watchlist (user_id, symbol, added_at)
      SELECT #{userId}, symbol, #{at} FROM unnest(#{symbols}::text[]) AS symbol
      ON CONFLICT (user_id, symbol) DO NOTHING""";
  private static final String REMOVE = "DELETE FROM watchlist WHERE user_id = #{userId} AND symbol = #{symbol}";

  private final SqlClient client;

  public WatchlistRepository(SqlClient client) {
    this.client = client;
  }

  /** The user's symbols in alphabetical order. */
  public Future<List<WatchlistEntry>> list(long userId) {
    return Queries.list(client, LIST, Params.of("userId", userId),
        r -> new WatchlistEntry(r.getString("symbol"), Rows.instant(r, "added_at")));
  }

  /** Makes {@code symbols} (distinct) the user's whole watchlist; new ones are added at {@code at}. */
  public Future<List<WatchlistEntry>> replace(long userId, List<String> symbols, Instant at) {
    return Queries.update(client, REPLACE, Params.of("userId", userId).and("symbols", symbols.toArray(String[]::new))
        .and("at", at)).compose(n -> list(userId));
  }

  /** Whether the symbol was on the list. */
  public Future<Boolean> remove(long userId, String symbol) {
    return Queries.applied(client, REMOVE, Params.of("userId", userId).and("symbol", symbol));
  }
}
