package in.neotrader.sql.marketdata;

import in.neotrader.core.instruments.Instrument;
import in.neotrader.core.instruments.Instruments;
import in.neotrader.core.sizing.TickSize;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Instruments} port on the instruments table. "Listed" = the series the store saw on the symbol's
 * latest day. Tick: the scrip master's when read; without one, the NSE band table applied to the series' last
 * close (a fixed 0.05 would put orders above 1 000 rupees off the 0.10 grid); 0.05 with neither.
 */
public final class StoredInstruments implements Instruments {
  /** Order preference of TRADING_RULES §5; the only series an order is sent to. */
  private static final String[] ORDER_SERIES = {"EQ", "BE", "BL", "BZ"};
  private static final BigDecimal NO_PRICE_TICK = new BigDecimal("0.05");
  private static final String SERIES = """
      SELECT symbol, series, isin, kotak_token, kotak_trading_symbol, tick_size, lot_size, last_close
      FROM instruments i
      WHERE symbol = #{symbol} AND series = ANY(#{orderSeries}::text[])
        AND last_seen = (SELECT max(last_seen) FROM instruments WHERE symbol = #{symbol})
      ORDER BY array_position(#{orderSeries}::text[], series)""";

  private final SqlClient client;

  public StoredInstruments(SqlClient client) {
    this.client = client;
  }

  @Override
  public Future<Optional<Instrument>> resolve(String symbol) {
    return series(symbol).map(list -> list.stream().findFirst());
  }

  @Override
  public Future<List<Instrument>> series(String symbol) {
    return Queries.list(client, SERIES, Params.of("symbol", symbol).and("orderSeries", ORDER_SERIES),
        StoredInstruments::instrument);
  }

  private static Instrument instrument(Row row) {
    BigDecimal tick = row.getBigDecimal("tick_size");
    BigDecimal lastClose = row.getBigDecimal("last_close");
    if (tick == null) {
      tick = lastClose == null ? NO_PRICE_TICK : TickSize.nse().tickFor(lastClose);
    }
    return new Instrument(row.getString("symbol"), row.getString("series"), Optional.ofNullable(row.getString("isin")),
        Optional.ofNullable(row.getString("kotak_token")), Optional.ofNullable(row.getString("kotak_trading_symbol")),
        tick, row.getInteger("lot_size"));
  }
}
