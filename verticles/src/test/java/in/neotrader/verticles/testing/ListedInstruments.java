package in.neotrader.verticles.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/** Rows of the instruments table as the bhavcopy and the scrip master leave them, for tests on the store. */
public final class ListedInstruments {

  private ListedInstruments() {}

  /** {@code symbol} listed in {@code series} on {@code day}, traded as {@code <SYMBOL>-<SERIES>} under {@code token}. */
  public static void list(EngineFixture fx, String symbol, String series, String token, BigDecimal tick,
      LocalDate day) throws Exception {
    fx.query("INSERT INTO instruments (symbol, series, kotak_token, kotak_trading_symbol, tick_size, last_seen) "
        + "VALUES ($1, $2, $3, $4, $5, $6)", symbol, series, token, symbol + "-" + series, tick, day);
  }

  /** Every symbol of {@code symbols} in the EQ series at 0.05, tokens numbered from 1001. */
  public static void equities(EngineFixture fx, Collection<String> symbols, LocalDate day) throws Exception {
    int token = 1001;
    for (String symbol : symbols) {
      list(fx, symbol, "EQ", Integer.toString(token++), new BigDecimal("0.05"), day);
    }
  }
}
