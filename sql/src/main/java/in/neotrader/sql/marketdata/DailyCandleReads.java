package in.neotrader.sql.marketdata;

import in.neotrader.core.marketdata.Candle;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the shared daily candles as the strategy uses them: split- and bonus-adjusted (price = raw x
 * adjust_factor, volume = raw / adjust_factor), oldest first.
 */
public final class DailyCandleReads {
  private static final String CANDLES = """
      SELECT day, open * adjust_factor AS open, high * adjust_factor AS high, low * adjust_factor AS low,
        close * adjust_factor AS close, round(volume / adjust_factor)::bigint AS volume
      FROM (SELECT * FROM daily_candles WHERE symbol = #{symbol} AND day <= #{to} ORDER BY day DESC
        LIMIT #{count}) latest
      ORDER BY day""";
  // The warm-up rows before the range, then the range; one statement for every symbol of a backtest.
  private static final String BETWEEN = """
      SELECT symbol, day, open * adjust_factor AS open, high * adjust_factor AS high, low * adjust_factor AS low,
        close * adjust_factor AS close, round(volume / adjust_factor)::bigint AS volume
      FROM (SELECT c.*, row_number() OVER (PARTITION BY symbol ORDER BY day DESC) AS back FROM daily_candles c
        WHERE symbol = ANY(#{symbols}::text[]) AND day < #{from}) warm
      WHERE back <= #{warmUp}
      UNION ALL
      SELECT symbol, day, open * adjust_factor, high * adjust_factor, low * adjust_factor, close * adjust_factor,
        round(volume / adjust_factor)::bigint
      FROM daily_candles WHERE symbol = ANY(#{symbols}::text[]) AND day BETWEEN #{from} AND #{to}
      ORDER BY symbol, day""";
  // A provisional quote candle of today does not make the store hold today (nor the analysed symbols that day's few).
  private static final String LAST_DAY = "SELECT max(day) AS day FROM daily_candles WHERE source <> 'quote'";
  private static final String SYMBOLS_ON = "SELECT symbol FROM daily_candles WHERE day = #{day} ORDER BY symbol";

  private final SqlClient client;

  public DailyCandleReads(SqlClient client) {
    this.client = client;
  }

  /** Up to {@code count} adjusted candles of {@code symbol} ending at {@code to} (inclusive), oldest first. */
  public Future<List<Candle>> candles(String symbol, LocalDate to, int count) {
    return Queries.list(client, CANDLES, Params.of("symbol", symbol).and("to", to).and("count", count),
        DailyCandleReads::candle);
  }

  /**
   * Each symbol's adjusted candles from {@code from} to {@code to} (inclusive) after up to {@code warmUp} candles
   * before {@code from}, oldest first; a symbol without any is absent from the map.
   */
  public Future<Map<String, List<Candle>>> between(List<String> symbols, LocalDate from, LocalDate to, int warmUp) {
    Params params = Params.of("symbols", symbols.toArray(String[]::new)).and("from", from).and("to", to)
        .and("warmUp", warmUp);
    return Queries.list(client, BETWEEN, params, r -> Map.entry(r.getString("symbol"), candle(r)))
        .map(rows -> {
          Map<String, List<Candle>> bySymbol = new LinkedHashMap<>();
          rows.forEach(e -> bySymbol.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
          return bySymbol;
        });
  }

  /** The last day a published (bhavcopy or Yahoo) candle is stored for; empty on an empty store. */
  public Future<Optional<LocalDate>> lastDay() {
    return Queries.single(client, LAST_DAY, Params.none(), r -> Optional.ofNullable(r.getLocalDate("day")));
  }

  /** The symbols with a candle on {@code day}: those of a universe the analysis can screen. */
  public Future<List<String>> symbolsOn(LocalDate day) {
    return Queries.list(client, SYMBOLS_ON, Params.of("day", day), r -> r.getString("symbol"));
  }

  private static Candle candle(Row r) {
    return new Candle(r.getLocalDate("day"), price(r, "open"), price(r, "high"), price(r, "low"), price(r, "close"),
        r.getLong("volume"));
  }

  // Adjusted prices carry the factor's 12 decimals; 4 are what was published.
  private static BigDecimal price(Row r, String column) {
    return r.getBigDecimal(column).setScale(4, RoundingMode.HALF_UP);
  }
}
