package in.neotrader.sql.marketdata;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Write side of the instrument list: every equity line of each bhavcopy (symbol, series, ISIN, NSE token,
 * board lot, last close) and the Kotak scrip master's token, trading symbol, tick and lot, matched by ISIN or
 * by {@code pTrdSymbol = <SYMBOL>-<series>}. A bhavcopy of an older day (a backfill) never moves last_close
 * or last_seen back.
 */
public final class InstrumentRepository {
  private static final String FROM_BHAVCOPY = """
      INSERT INTO instruments (symbol, series, isin, nse_token, lot_size, last_close, first_seen, last_seen, updated_at)
      SELECT r.symbol, r.series, NULLIF(r.isin, ''), NULLIF(r.token, ''), greatest(r.lot, 1), r.c::numeric,
        r.first_seen, r.last_seen, now()
      FROM unnest(#{symbols}::text[], #{series}::text[], #{isins}::text[], #{tokens}::text[], #{lots}::bigint[],
        #{closes}::text[], #{firstSeen}::date[], #{lastSeen}::date[])
        AS r(symbol, series, isin, token, lot, c, first_seen, last_seen)
      ON CONFLICT (symbol, series) DO UPDATE SET
        isin = coalesce(EXCLUDED.isin, instruments.isin), nse_token = coalesce(EXCLUDED.nse_token, instruments.nse_token),
        lot_size = CASE WHEN #{hasLots} AND EXCLUDED.last_seen >= coalesce(instruments.last_seen, EXCLUDED.last_seen)
                   THEN EXCLUDED.lot_size ELSE instruments.lot_size END,
        last_close = CASE WHEN EXCLUDED.last_seen >= coalesce(instruments.last_seen, EXCLUDED.last_seen)
                     THEN EXCLUDED.last_close ELSE instruments.last_close END,
        first_seen = least(instruments.first_seen, EXCLUDED.first_seen),
        last_seen = greatest(instruments.last_seen, EXCLUDED.last_seen), updated_at = now()""";
  private static final String SCRIP_UPDATE = """
      UPDATE instruments i SET kotak_token = r.token, kotak_trading_symbol = r.ts, tick_size = coalesce(NULLIF(r.tick, '')::numeric, i.tick_size),
        lot_size = greatest(r.lot, 1), name = coalesce(NULLIF(r.name, ''), i.name), updated_at = now()
      FROM unnest(#{tokens}::text[], #{tradingSymbols}::text[], #{symbols}::text[], #{series}::text[],
        #{ticks}::text[], #{lots}::bigint[], #{isins}::text[], #{names}::text[])
        AS r(token, ts, symbol, series, tick, lot, isin, name)
      WHERE i.series = r.series AND ((r.isin <> '' AND i.isin = r.isin) OR i.symbol = r.symbol)""";
  // Equity series the bhavcopy has not shown yet (nothing traded) still belong in the list for orders.
  private static final String SCRIP_INSERT = """
      INSERT INTO instruments (symbol, series, isin, kotak_token, kotak_trading_symbol, tick_size, lot_size, name,
        last_seen, updated_at)
      SELECT r.symbol, r.series, NULLIF(r.isin, ''), r.token, r.ts, NULLIF(r.tick, '')::numeric, greatest(r.lot, 1),
        NULLIF(r.name, ''), #{day}, now()
      FROM unnest(#{tokens}::text[], #{tradingSymbols}::text[], #{symbols}::text[], #{series}::text[],
        #{ticks}::text[], #{lots}::bigint[], #{isins}::text[], #{names}::text[])
        AS r(token, ts, symbol, series, tick, lot, isin, name)
      WHERE NOT EXISTS (SELECT 1 FROM instruments i WHERE i.series = r.series
                        AND ((r.isin <> '' AND i.isin = r.isin) OR i.symbol = r.symbol))
      ON CONFLICT (symbol, series) DO NOTHING""";

  private InstrumentRepository() {
  }

  /**
   * The equity lines of {@code files} (oldest first): per (symbol, series) its latest line, seen from its first
   * day in the batch to its last; one statement per file format (the old format has no board lot).
   */
  static Future<Integer> upsertFromBhavcopies(Statements db, List<BhavcopyDay> files) {
    Map<Boolean, Map<List<String>, Seen>> byFormat = new HashMap<>();
    for (BhavcopyDay file : files) {
      boolean hasLots = file.instruments().stream().anyMatch(r -> r.lotSize() > 0);
      Map<List<String>, Seen> seen = byFormat.computeIfAbsent(hasLots, k -> new LinkedHashMap<>());
      for (BhavcopyRow row : file.instruments()) {
        seen.merge(List.of(row.symbol(), row.series()), new Seen(row, file.day(), file.day()),
            (earlier, later) -> new Seen(later.row(), earlier.first(), later.last()));
      }
    }
    Future<Integer> written = Future.succeededFuture(0);
    for (Map.Entry<Boolean, Map<List<String>, Seen>> format : byFormat.entrySet()) {
      List<Seen> lines = List.copyOf(format.getValue().values());
      List<BhavcopyRow> rows = lines.stream().map(Seen::row).toList();
      Params p = Params.of("hasLots", format.getKey()).and("symbols", SqlArrays.text(rows, BhavcopyRow::symbol))
          .and("series", SqlArrays.text(rows, BhavcopyRow::series)).and("isins", SqlArrays.text(rows, BhavcopyRow::isin))
          .and("tokens", SqlArrays.text(rows, BhavcopyRow::nseToken))
          .and("lots", SqlArrays.longs(rows, r -> (long) r.lotSize()))
          .and("closes", SqlArrays.decimal(rows, BhavcopyRow::close))
          .and("firstSeen", lines.stream().map(Seen::first).toArray(LocalDate[]::new))
          .and("lastSeen", lines.stream().map(Seen::last).toArray(LocalDate[]::new));
      written = written.compose(n -> db.update(FROM_BHAVCOPY, p).map(m -> n + m));
    }
    return written;
  }

  private record Seen(BhavcopyRow row, LocalDate first, LocalDate last) {}

  /** Enriches the list from the scrip master of {@code day}; returns the rows updated plus those added. */
  public static Future<Integer> upsertFromScripMaster(SqlClient client, LocalDate day, List<ScripMasterRow> rows) {
    Params p = Params.of("day", day).and("tokens", SqlArrays.text(rows, ScripMasterRow::token))
        .and("tradingSymbols", SqlArrays.text(rows, ScripMasterRow::tradingSymbol))
        .and("symbols", SqlArrays.text(rows, ScripMasterRow::symbol))
        .and("series", SqlArrays.text(rows, ScripMasterRow::series))
        .and("ticks", SqlArrays.decimal(rows, ScripMasterRow::tickSize))
        .and("lots", SqlArrays.longs(rows, r -> (long) r.lotSize()))
        .and("isins", SqlArrays.text(rows, ScripMasterRow::isin)).and("names", SqlArrays.text(rows, ScripMasterRow::name));
    return Queries.update(client, SCRIP_UPDATE, p)
        .compose(updated -> Queries.update(client, SCRIP_INSERT, p).map(added -> updated + added));
  }
}
