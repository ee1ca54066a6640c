package in.neotrader.sql.marketdata;

import in.neotrader.core.marketdata.Candle;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
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
    LocalDate day = file.day();
    return pool.withTransaction(conn -> SymbolRenames.moveRenamed(conn, day, file.candles())
        .compose(renames -> CandleStore.upsertBhavcopy(conn, day, file.candles())
            .compose(written -> InstrumentRepository.upsertFromBhavcopy(conn, day, file.instruments())
                .compose(i -> CorporateActions.detectAndApply(conn, day))
                .compose(actions -> IngestRecords.ingested(conn, IngestRecords.NSE_BHAVCOPY, day, written,
                        file.sha256(), file.fileName())
                    .map(v -> new DayIngested(day, written, actions, renames))))));
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
