package in.neotrader.sql.testing;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What an ingest stores, table by table, without the write times: two ways of writing the same files compare
 * equal when these do.
 */
public final class StoredMarketDataTables {
  public static final List<String> QUERIES = List.of(
      "SELECT symbol, day, series, open, high, low, close, volume, prev_close, adjust_factor, source "
          + "FROM daily_candles ORDER BY symbol, day",
      "SELECT symbol, ex_date, factor, source, detail FROM corporate_actions ORDER BY symbol, ex_date",
      "SELECT old_symbol, new_symbol, isin, effective FROM symbol_changes ORDER BY old_symbol",
      "SELECT symbol, series, isin, nse_token, lot_size, last_close, first_seen, last_seen FROM instruments "
          + "ORDER BY symbol, series",
      "SELECT source, day, status, rows, file_sha256, message FROM market_data_ingests ORDER BY source, day",
      "SELECT source, last_day, last_error, error_count FROM market_data_sources ORDER BY source");

  private StoredMarketDataTables() {
  }

  /** Query -> its rows as JSON, in {@link #QUERIES} order. */
  public static Map<String, List<JsonObject>> of(Pool pool) {
    Map<String, List<JsonObject>> tables = new LinkedHashMap<>();
    for (String sql : QUERIES) {
      tables.put(sql, rows(pool, sql));
    }
    return tables;
  }

  public static List<JsonObject> rows(Pool pool, String sql) {
    List<JsonObject> out = new ArrayList<>();
    try {
      pool.query(sql).execute().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
          .forEach((Row r) -> out.add(r.toJson()));
    } catch (Exception e) {
      throw new AssertionError(sql + " failed", e);
    }
    return out;
  }
}
