package in.neotrader.sql.marketdata;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.List;

/**
 * NSE renames: a bhavcopy line whose ISIN the list knows under another symbol that is absent from the same
 * file. The old symbol's candles and actions move to the new one (so EMA200 keeps its history), the old
 * instrument rows go, and symbol_changes records the move.
 */
final class SymbolRenames {
  // An anti-join on the file's rows: "= ANY(array)" per instrument row compared every pair (2,000 x 2,000 a day).
  private static final String FIND = """
      WITH file AS (SELECT * FROM unnest(#{symbols}::text[], #{isins}::text[]) AS r(symbol, isin))
      SELECT DISTINCT i.symbol AS old_symbol, r.symbol AS new_symbol, r.isin
      FROM file r
      JOIN instruments i ON i.isin = r.isin AND i.symbol <> r.symbol
      WHERE r.isin <> '' AND i.last_seen < #{day} AND NOT EXISTS (SELECT 1 FROM file f WHERE f.symbol = i.symbol)""";
  private static final String MOVE = """
      WITH candles AS (
        UPDATE daily_candles d SET symbol = #{newSymbol} WHERE d.symbol = #{oldSymbol}
          AND NOT EXISTS (SELECT 1 FROM daily_candles n WHERE n.symbol = #{newSymbol} AND n.day = d.day) RETURNING 1),
      actions AS (
        UPDATE corporate_actions c SET symbol = #{newSymbol} WHERE c.symbol = #{oldSymbol}
          AND NOT EXISTS (SELECT 1 FROM corporate_actions n WHERE n.symbol = #{newSymbol} AND n.ex_date = c.ex_date)
          RETURNING 1),
      listed AS (DELETE FROM instruments WHERE symbol = #{oldSymbol} RETURNING 1)
      INSERT INTO symbol_changes (old_symbol, new_symbol, isin, effective)
      VALUES (#{oldSymbol}, #{newSymbol}, #{isin}, #{day}) ON CONFLICT DO NOTHING""";

  private SymbolRenames() {
  }

  static Future<List<SymbolChange>> moveRenamed(SqlClient client, LocalDate day, List<BhavcopyRow> rows) {
    Params find = Params.of("day", day).and("symbols", SqlArrays.text(rows, BhavcopyRow::symbol))
        .and("isins", SqlArrays.text(rows, BhavcopyRow::isin));
    return Queries.list(client, FIND, find, row -> new SymbolChange(row.getString("old_symbol"),
        row.getString("new_symbol"), row.getString("isin"), day))
        .compose(changes -> {
          Future<Void> moved = Future.succeededFuture();
          for (SymbolChange c : changes) {
            moved = moved.compose(v -> Queries.update(client, MOVE, Params.of("oldSymbol", c.oldSymbol())
                .and("newSymbol", c.newSymbol()).and("isin", c.isin()).and("day", day)).mapEmpty());
          }
          return moved.map(changes);
        });
  }
}
