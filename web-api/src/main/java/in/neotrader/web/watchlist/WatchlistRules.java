package in.neotrader.web.watchlist;

import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.web.errors.ApiError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A watchlist as a client sends it: {@code {"symbols": [...]}}, NSE base symbols (trimmed, upper-cased,
 * duplicates collapsed), at most {@link #MAX_SYMBOLS}. A bad body is one 400 naming every bad entry.
 */
public final class WatchlistRules {
  public static final int MAX_SYMBOLS = 100;
  private static final String FIELD = "symbols";

  private WatchlistRules() {
  }

  /** The distinct symbols of the body, in the order sent. */
  public static List<String> symbols(JsonObject body) {
    Map<String, String> problems = new TreeMap<>();
    body.fieldNames().stream().filter(name -> !name.equals(FIELD))
        .forEach(name -> problems.put(name, "is not a known field"));
    Object value = body.getValue(FIELD);
    Set<String> symbols = new LinkedHashSet<>();
    if (!(value instanceof JsonArray list)) {
      problems.put(FIELD, value == null ? "is required" : "must be a list of NSE symbols");
    } else {
      for (int i = 0; i < list.size(); i++) {
        Object entry = list.getValue(i);
        String symbol = entry instanceof String text ? normalised(text) : null;
        if (TradingSymbol.isWellFormedBase(symbol)) {
          symbols.add(symbol);
        } else {
          problems.put(FIELD + "[" + i + "]", "'" + entry + "' is not an NSE symbol "
              + "(letters, digits, & and -, at most 20, e.g. RELIANCE, M&M)");
        }
      }
      if (symbols.size() > MAX_SYMBOLS) {
        problems.put(FIELD, "at most " + MAX_SYMBOLS + " symbols, got " + symbols.size());
      }
    }
    if (!problems.isEmpty()) {
      throw ApiError.validation(problems);
    }
    return List.copyOf(symbols);
  }

  /** A path's symbol, as stored. */
  public static String normalised(String symbol) {
    return symbol.strip().toUpperCase(Locale.ROOT);
  }
}
