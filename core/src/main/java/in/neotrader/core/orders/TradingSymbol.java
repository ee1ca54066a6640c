package in.neotrader.core.orders;

import java.util.List;
import java.util.regex.Pattern;

/** Broker symbols are {@code <BASE>-<SERIES>}; bases may themselves contain '-' or '&' (BAJAJ-AUTO, M&M). */
public final class TradingSymbol {

  private static final List<String> SERIES = List.of("-EQ", "-BE", "-BL", "-BZ");
  /** NSE base symbols: capitals, digits, '&' and '-', at most 20 characters. */
  private static final Pattern BASE = Pattern.compile("[A-Z0-9&-]{1,20}");

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

  /** Whether {@code symbol} is shaped as an NSE base symbol (a watchlist entry, a line of the universe file). */
  public static boolean isWellFormedBase(String symbol) {
    return symbol != null && BASE.matcher(symbol).matches();
  }

  /** The equity-series trading symbol the legacy tried first. */
  public static String equity(String base) {
    return base + "-EQ";
  }
}
