package in.neotrader.sql.marketdata;

import in.neotrader.sql.query.Params;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * NSE renames: a bhavcopy line whose ISIN the list knows under another symbol that is absent from the same
 * file. The old symbol's candles and actions move to the new one (so EMA200 keeps its history), the old
 * instrument rows go, and symbol_changes records the move.
 */
final class SymbolRenames {
  // The ISIN join first (almost always empty), then the absence check on those few rows: planned as one, the
  // anti-join compared every pair of the files' rows (40,000 x 40,000 for a batch of 20 days: 11 s).
  private static final String FIND = """
      WITH file AS MATERIALIZED (
        SELECT * FROM unnest(#{days}::date[], #{symbols}::text[], #{isins}::text[]) AS r(day, symbol, isin)),
      other AS MATERIALIZED (
        SELECT i.symbol AS old_symbol, r.symbol AS new_symbol, r.isin, r.day FROM file r
        JOIN instruments i ON i.isin = r.isin AND i.symbol <> r.symbol
        WHERE r.isin <> '' AND i.last_seen < r.day)
      SELECT DISTINCT o.old_symbol, o.new_symbol, o.isin FROM other o
      WHERE NOT EXISTS (SELECT 1 FROM file f WHERE f.day = o.day AND f.symbol = o.old_symbol)""";
  // A line can be a rename only if the list holds its ISIN under another symbol: checked on the batch's distinct
  // (symbol, ISIN) pairs, a 20th of its lines, before FIND (a backfill batch almost never renames).
  private static final String ISIN_ELSEWHERE = """
      SELECT 1 FROM unnest(#{symbols}::text[], #{isins}::text[]) AS r(symbol, isin)
      JOIN instruments i ON i.isin = r.isin AND i.symbol <> r.symbol WHERE r.isin <> '' LIMIT 1""";
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

  /**
   * Whether any of {@code files} renames a symbol, judged against the list as it stands: when none does, no day
   * of them does after the earlier ones are written either (only a rename changes the list that way).
   */
  static Future<Boolean> anyIn(Statements db, List<BhavcopyDay> files) {
    List<BhavcopyRow> pairs = List.copyOf(files.stream().flatMap(f -> f.candles().stream())
        .collect(Collectors.toMap(r -> r.symbol() + "\t" + r.isin(), r -> r, (a, b) -> a)).values());
    Params distinct = Params.of("symbols", SqlArrays.text(pairs, BhavcopyRow::symbol))
        .and("isins", SqlArrays.text(pairs, BhavcopyRow::isin));
    return db.list(ISIN_ELSEWHERE, distinct, row -> true).compose(candidates -> candidates.isEmpty()
        ? Future.succeededFuture(false)
        : db.list(FIND + " LIMIT 1", find(files), row -> true).map(found -> !found.isEmpty()));
  }

  static Future<List<SymbolChange>> moveRenamed(Statements db, BhavcopyDay file) {
    LocalDate day = file.day();
    return db.list(FIND, find(List.of(file)), row -> new SymbolChange(row.string("old_symbol"),
        row.string("new_symbol"), row.string("isin"), day))
        .compose(changes -> {
          Future<Void> moved = Future.succeededFuture();
          for (SymbolChange c : changes) {
            moved = moved.compose(v -> db.update(MOVE, Params.of("oldSymbol", c.oldSymbol())
                .and("newSymbol", c.newSymbol()).and("isin", c.isin()).and("day", day)).mapEmpty());
          }
          return moved.map(changes);
        });
  }

  private static Params find(List<BhavcopyDay> files) {
    List<BhavcopyRow> rows = files.stream().flatMap(f -> f.candles().stream()).toList();
    return Params.of("days", files.stream().flatMap(f -> f.candles().stream().map(c -> f.day())).toArray(LocalDate[]::new))
        .and("symbols", SqlArrays.text(rows, BhavcopyRow::symbol)).and("isins", SqlArrays.text(rows, BhavcopyRow::isin));
  }
}
