package in.neotrader.verticles.marketdata.universe;

import java.time.LocalDate;
import java.util.List;

/**
 * The deployment's default list of symbols to screen (e.g. the NIFTY 500), as dated by its file.
 *
 * @param origin where it was read from, for the start log
 */
public record DefaultUniverse(String name, LocalDate asOf, List<String> symbols, String origin) {

  public DefaultUniverse {
    symbols = List.copyOf(symbols);
  }

  /** For the start log: "NIFTY 50 as of 2025-04-30, 50 symbols, from ...". */
  public String describe() {
    return name + " as of " + asOf + ", " + symbols.size() + " symbols, from " + origin;
  }
}
