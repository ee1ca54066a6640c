package in.neotrader.sql.marketdata;

import in.neotrader.core.marketdata.Candle;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.List;

/**
 * Multi-row upserts into daily_candles: one statement per batch of files (bhavcopy) or per symbol (Yahoo), arrays
 * unnested server side. A bhavcopy candle replaces any other source's row of that day (today's provisional
 * quote candle, a Yahoo backfill); a Yahoo candle never replaces a bhavcopy one. The adjust factor of an
 * existing row is kept: it is the product of the corporate actions after its day, recomputed below. Days without
 * any candle yet may be COPYed instead ({@link BackfillCopy}).
 */
final class CandleStore {
  private static final String BHAVCOPY = """
      INSERT INTO daily_candles (symbol, day, series, open, high, low, close, volume, prev_close, source, ingested_at)
      SELECT r.symbol, r.d, r.series, r.o::numeric, r.h::numeric, r.l::numeric, r.c::numeric, r.v,
        NULLIF(r.p, '')::numeric, 'bhavcopy', now()
      FROM unnest(#{symbols}::text[], #{days}::date[], #{series}::text[], #{opens}::text[], #{highs}::text[],
        #{lows}::text[], #{closes}::text[], #{volumes}::bigint[], #{prevs}::text[]) AS r(symbol, d, series, o, h, l, c, v, p)
      ON CONFLICT (symbol, day) DO UPDATE SET series = EXCLUDED.series, open = EXCLUDED.open, high = EXCLUDED.high,
        low = EXCLUDED.low, close = EXCLUDED.close, volume = EXCLUDED.volume, prev_close = EXCLUDED.prev_close,
        source = 'bhavcopy', ingested_at = now()""";
  private static final String YAHOO = """
      INSERT INTO daily_candles (symbol, day, series, open, high, low, close, volume, source, ingested_at)
      SELECT #{symbol}, r.d, 'EQ', r.o::numeric, r.h::numeric, r.l::numeric, r.c::numeric, r.v, 'yahoo', now()
      FROM unnest(#{days}::date[], #{opens}::text[], #{highs}::text[], #{lows}::text[], #{closes}::text[],
        #{volumes}::bigint[]) AS r(d, o, h, l, c, v)
      ON CONFLICT (symbol, day) DO UPDATE SET open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low,
        close = EXCLUDED.close, volume = EXCLUDED.volume, source = 'yahoo', ingested_at = now()
      WHERE daily_candles.source <> 'bhavcopy'""";
  // A day written after later actions were recorded (a backfill behind the daily ingest) takes their product.
  private static final String LATER_ACTIONS = """
      UPDATE daily_candles d SET adjust_factor = a.f
      FROM (SELECT c.symbol, c.day, round(exp(sum(ln(ca.factor))), 12) AS f
            FROM daily_candles c JOIN corporate_actions ca ON ca.symbol = c.symbol AND ca.ex_date > c.day
            WHERE c.day BETWEEN #{from} AND #{to} GROUP BY c.symbol, c.day) a
      WHERE d.symbol = a.symbol AND d.day = a.day AND d.adjust_factor <> a.f""";

  private CandleStore() {
  }

  /** The candles of {@code files} (oldest first) in one statement; returns the rows written. */
  static Future<Integer> upsertBhavcopies(Statements db, List<BhavcopyDay> files) {
    List<BhavcopyRow> rows = files.stream().flatMap(f -> f.candles().stream()).toList();
    LocalDate[] days = files.stream().flatMap(f -> f.candles().stream().map(c -> f.day())).toArray(LocalDate[]::new);
    Params p = Params.of("days", days).and("symbols", SqlArrays.text(rows, BhavcopyRow::symbol))
        .and("series", SqlArrays.text(rows, BhavcopyRow::series))
        .and("opens", SqlArrays.decimal(rows, BhavcopyRow::open)).and("highs", SqlArrays.decimal(rows, BhavcopyRow::high))
        .and("lows", SqlArrays.decimal(rows, BhavcopyRow::low)).and("closes", SqlArrays.decimal(rows, BhavcopyRow::close))
        .and("volumes", SqlArrays.longs(rows, BhavcopyRow::volume))
        .and("prevs", SqlArrays.decimal(rows, BhavcopyRow::prevClose));
    return db.update(BHAVCOPY, p);
  }

  /** After the candles of {@code files} (oldest first) are written, however: they take the later actions' product. */
  static Future<Integer> scaleByLaterActions(Statements db, List<BhavcopyDay> files) {
    return db.update(LATER_ACTIONS, Params.of("from", files.get(0).day()).and("to", files.get(files.size() - 1).day()));
  }

  static Future<Integer> upsertYahoo(SqlClient client, String symbol, List<Candle> candles) {
    Params p = Params.of("symbol", symbol)
        .and("days", candles.stream().map(Candle::day).toArray(LocalDate[]::new))
        .and("opens", SqlArrays.decimal(candles, Candle::open)).and("highs", SqlArrays.decimal(candles, Candle::high))
        .and("lows", SqlArrays.decimal(candles, Candle::low)).and("closes", SqlArrays.decimal(candles, Candle::close))
        .and("volumes", SqlArrays.longs(candles, Candle::volume));
    return Queries.update(client, YAHOO, p);
  }
}
