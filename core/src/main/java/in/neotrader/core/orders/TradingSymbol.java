package in.neotrader.core.orders;

import java.util.List;

/** Broker symbols are {@code <BASE>-<SERIES>}; bases may themselves contain '-' or '&' (BAJAJ-AUTO, M&M). */
public final class TradingSymbol {

  private static final List<String> SERIES = List.of("-EQ", "-BE", "-BL", "-BZ");

  private TradingSymbol() {}

  /** Strips a known series suffix only: BAJAJ-AUTO-EQ gives BAJAJ-AUTO, BAJAJ-AUTO stays. */
  public static String base(String symbol) {
    String upper = symbol.toUpperCase();
    for (String s : SERIES) {
      if (upper.endsWith(s)) {
        return symbol.substring(0, symbol.length() - s.length());
      }
    }
    return symbol;
  }

  /** The equity-series trading symbol the legacy tried first. */
  public static String equity(String base) {
    return base + "-EQ";
  }
}
