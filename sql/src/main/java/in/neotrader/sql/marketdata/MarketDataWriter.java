package in.neotrader.sql.marketdata;

import in.neotrader.core.marketdata.Candle;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes one source delivery in one transaction, so a file is stored whole or not at all: a bhavcopy day
 * (renames, candles, instruments, corporate actions, the ingest record) or one symbol's Yahoo history.
 */
public final class MarketDataWriter {
  private final Pool pool;

  public MarketDataWriter(Pool pool) {
    this.pool = pool;
  }

  public Future<DayIngested> writeBhavcopy(BhavcopyDay file) {
    return writeBhavcopies(List.of(file)).map(days -> days.get(0));
  }

  /**
   * Several days in one transaction, oldest first (a folder import or backfill): the instruments and the candles
   * of all of them in one statement each, then the renames and splits. A rename changes what the next days
   * reveal (a split check's previous candle may be the old symbol's), so a batch with one goes day by day;
   * without, the splits of all days are found at once. Stored whole or not at all.
   */
  public Future<List<DayIngested>> writeBhavcopies(List<BhavcopyDay> files) {
    List<BhavcopyDay> byDay = files.stream().sorted(Comparator.comparing(BhavcopyDay::day)).toList();
    return pool.withTransaction(conn -> InstrumentRepository.upsertFromBhavcopies(conn, byDay)
        .compose(i -> CandleStore.upsertBhavcopies(conn, byDay))
        .compose(written -> SymbolRenames.anyIn(conn, byDay))
        .compose(renamed -> renamed ? dayByDay(conn, byDay) : allAtOnce(conn, byDay)));
  }

  private static Future<List<DayIngested>> allAtOnce(SqlClient conn, List<BhavcopyDay> byDay) {
    return CorporateActions.detectAndApply(conn, byDay.stream().map(BhavcopyDay::day).toList())
        .compose(actions -> IngestRecords.ingested(conn, byDay).map(v -> byDay.stream()
            .map(f -> new DayIngested(f.day(), f.candles().size(), actions.get(f.day()), List.of())).toList()));
  }

  private static Future<List<DayIngested>> dayByDay(SqlClient conn, List<BhavcopyDay> byDay) {
    List<DayIngested> done = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (BhavcopyDay file : byDay) {
      chain = chain.compose(v -> SymbolRenames.moveRenamed(conn, file)
          .compose(renames -> CorporateActions.detectAndApply(conn, List.of(file.day()))
              .compose(actions -> IngestRecords.ingested(conn, List.of(file))
                  .map(x -> done.add(new DayIngested(file.day(), file.candles().size(), actions.get(file.day()),
                      renames))))).mapEmpty());
    }
    return chain.map(v -> done);
  }

  /**
   * One symbol's Yahoo candles, raw (split-unadjusted) as the caller rebuilt them, and its split events; the
   * adjust factors of the symbol are then recomputed from every recorded action.
   */
  public Future<Integer> writeYahoo(String symbol, List<Candle> rawCandles, List<CorporateAction> splits) {
    LocalDate last = rawCandles.stream().map(Candle::day).max(LocalDate::compareTo).orElse(null);
    return pool.withTransaction(conn -> CandleStore.upsertYahoo(conn, symbol, rawCandles)
        .compose(written -> (splits.isEmpty() ? Future.succeededFuture(List.<CorporateAction>of())
                : CorporateActions.apply(conn, CorporateAction.FROM_YAHOO_SPLIT, splits,
                    splits.stream().map(s -> "{}").toList()))
            .compose(added -> CorporateActions.reapply(conn, symbol))
            .compose(n -> last == null ? Future.succeededFuture()
                : IngestRecords.succeeded(conn, IngestRecords.YAHOO, last))
            .map(v -> written)));
  }
}
