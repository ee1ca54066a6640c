package in.neotrader.sql.marketdata;

import in.neotrader.core.marketdata.Candle;
import in.neotrader.sql.query.Params;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes one source delivery in one transaction, so a file is stored whole or not at all: a bhavcopy day
 * (renames, candles, instruments, corporate actions, the ingest record) or one symbol's Yahoo history.
 */
public final class MarketDataWriter {
  // "NSEW": candle writes of concurrent deliveries (a daily ingest and an import) queue, so the COPY of a batch
  // never meets another writer's rows of its days.
  private static final String LOCK = "SELECT pg_advisory_xact_lock(" + 0x4E534557L + ")";
  // The split check sorts a batch's candles (100,000 for 50 days of 2,000 symbols): in memory, not on disk.
  private static final String SORT_MEMORY = "SET LOCAL work_mem = '64MB'";

  private final Pool pool;
  private final Optional<BackfillCopy> copy;

  public MarketDataWriter(Pool pool) {
    this(pool, Optional.empty());
  }

  /** {@code copy}: a batch of days that hold no candle yet is COPYed over JDBC (backfills, folder imports). */
  public MarketDataWriter(Pool pool, Optional<BackfillCopy> copy) {
    this.pool = pool;
    this.copy = copy;
  }

  public Future<DayIngested> writeBhavcopy(BhavcopyDay file) {
    return writeBhavcopies(List.of(file)).map(days -> days.get(0));
  }

  /**
   * Several days in one transaction, oldest first (a folder import or backfill): the instruments and the candles
   * of all of them in one statement each (or one COPY), then the renames and splits. Stored whole or not at all.
   */
  public Future<List<DayIngested>> writeBhavcopies(List<BhavcopyDay> files) {
    List<BhavcopyDay> byDay = files.stream().sorted(Comparator.comparing(BhavcopyDay::day)).toList();
    Future<Optional<List<DayIngested>>> copied = copy.map(c -> c.writeIfFresh(byDay))
        .orElseGet(() -> Future.succeededFuture(Optional.empty()));
    return copied.compose(done -> done.map(Future::succeededFuture).orElseGet(() -> pool.withTransaction(conn -> {
      Statements db = Statements.on(conn);
      return beginWrites(db).compose(v -> write(db, byDay, () -> CandleStore.upsertBhavcopies(db, byDay)));
    })));
  }

  /**
   * Starts the writes of a delivery in the caller's transaction: waits until no other delivery is writing candles,
   * and gives the batch's sorts their memory.
   */
  static Future<Void> beginWrites(Statements db) {
    return db.list(LOCK, Params.none(), row -> true).compose(locked -> db.update(SORT_MEMORY, Params.none()))
        .mapEmpty();
  }

  /**
   * The writes of {@code byDay} on {@code db}, in its open transaction; {@code candles} stores their candles. A
   * rename changes what the next days reveal (a split check's previous candle may be the old symbol's), so a
   * batch with one goes day by day; without, the splits of all days are found at once.
   */
  static Future<List<DayIngested>> write(Statements db, List<BhavcopyDay> byDay, Supplier<Future<Integer>> candles) {
    return InstrumentRepository.upsertFromBhavcopies(db, byDay)
        .compose(i -> candles.get())
        .compose(n -> CandleStore.scaleByLaterActions(db, byDay))
        .compose(n -> SymbolRenames.anyIn(db, byDay))
        .compose(renamed -> renamed ? dayByDay(db, byDay) : allAtOnce(db, byDay));
  }

  private static Future<List<DayIngested>> allAtOnce(Statements db, List<BhavcopyDay> byDay) {
    return CorporateActions.detectAndApply(db, byDay.stream().map(BhavcopyDay::day).toList())
        .compose(actions -> IngestRecords.ingested(db, byDay).map(v -> byDay.stream()
            .map(f -> new DayIngested(f.day(), f.candles().size(), actions.get(f.day()), List.of())).toList()));
  }

  private static Future<List<DayIngested>> dayByDay(Statements db, List<BhavcopyDay> byDay) {
    List<DayIngested> done = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (BhavcopyDay file : byDay) {
      chain = chain.compose(v -> SymbolRenames.moveRenamed(db, file)
          .compose(renames -> CorporateActions.detectAndApply(db, List.of(file.day()))
              .compose(actions -> IngestRecords.ingested(db, List.of(file))
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
    return pool.withTransaction(conn -> beginWrites(Statements.on(conn))
        .compose(locked -> CandleStore.upsertYahoo(conn, symbol, rawCandles))
        .compose(written -> (splits.isEmpty() ? Future.succeededFuture(List.<CorporateAction>of())
                : CorporateActions.apply(Statements.on(conn), CorporateAction.FROM_YAHOO_SPLIT, splits,
                    splits.stream().map(s -> "{}").toList()))
            .compose(added -> CorporateActions.reapply(conn, symbol))
            .compose(n -> last == null ? Future.succeededFuture()
                : IngestRecords.succeeded(conn, IngestRecords.YAHOO, last))
            .map(v -> written)));
  }
}
