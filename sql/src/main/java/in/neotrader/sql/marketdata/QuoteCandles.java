package in.neotrader.sql.marketdata;

import in.neotrader.core.marketdata.Candle;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

/**
 * Today's provisional candle from a quote snapshot after the close (source 'quote'), so the evening analysis
 * has today before the bhavcopy is published. It never replaces a bhavcopy or Yahoo row; the bhavcopy of the
 * day replaces it (CandleStore). Its adjust factor is 1: no corporate action lies after today.
 */
public final class QuoteCandles {
  private static final String UPSERT = """
      INSERT INTO daily_candles (symbol, day, series, open, high, low, close, volume, source, ingested_at)
      VALUES (#{symbol}, #{day}, 'EQ', #{open}, #{high}, #{low}, #{close}, #{volume}, 'quote', now())
      ON CONFLICT (symbol, day) DO UPDATE SET open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low,
        close = EXCLUDED.close, volume = EXCLUDED.volume, ingested_at = now()
      WHERE daily_candles.source = 'quote'""";

  private final SqlClient client;

  public QuoteCandles(SqlClient client) {
    this.client = client;
  }

  public Future<Void> write(String symbol, Candle today) {
    return Queries.update(client, UPSERT, Params.of("symbol", symbol).and("day", today.day())
        .and("open", today.open()).and("high", today.high()).and("low", today.low()).and("close", today.close())
        .and("volume", today.volume())).mapEmpty();
  }
}
