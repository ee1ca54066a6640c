package in.neotrader.web.backtest;

import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.web.errors.ApiError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A backtest as a client asks for it: {@code {"symbols": [...], "from": "yyyy-mm-dd", "to": "yyyy-mm-dd",
 * "strategy": "legacy-dip"}} (strategy optional: the trader's own). A bad body is one 400 naming every bad field;
 * the strategy name is checked with the rest of the settings.
 */
record BacktestRequest(List<String> symbols, LocalDate from, LocalDate to, Optional<String> strategy) {

  static final int MAX_SYMBOLS = 500;
  /** Five years of history is what the store keeps for a backfill. */
  static final int MAX_DAYS = 1830;
  private static final Set<String> FIELDS = Set.of("symbols", "from", "to", "strategy");

  static BacktestRequest of(JsonObject body) {
    Map<String, String> problems = new TreeMap<>();
    body.fieldNames().stream().filter(f -> !FIELDS.contains(f)).forEach(f -> problems.put(f, "is not a known field"));
    List<String> symbols = symbols(body.getValue("symbols"), problems);
    LocalDate from = day(body.getValue("from"), "from", problems);
    LocalDate to = day(body.getValue("to"), "to", problems);
    if (from != null && to != null && from.isAfter(to)) {
      problems.put("to", "must not be before from (" + from + ")");
    } else if (from != null && to != null && ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
      problems.put("to", "at most " + MAX_DAYS + " days after from");
    }
    Object strategy = body.getValue("strategy");
    if (strategy != null && !(strategy instanceof String)) {
      problems.put("strategy", "must be a strategy's name");
    }
    if (!problems.isEmpty()) {
      throw ApiError.validation(problems);
    }
    return new BacktestRequest(symbols, from, to, Optional.ofNullable((String) strategy));
  }

  private static List<String> symbols(Object value, Map<String, String> problems) {
    if (!(value instanceof JsonArray list) || list.isEmpty()) {
      problems.put("symbols", value == null ? "is required" : "must be a non-empty list of NSE symbols");
      return List.of();
    }
    Set<String> symbols = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Object entry = list.getValue(i);
      String symbol = entry instanceof String text ? text.strip().toUpperCase(Locale.ROOT) : null;
      if (TradingSymbol.isWellFormedBase(symbol)) {
        symbols.add(symbol);
      } else {
        problems.put("symbols[" + i + "]", "'" + entry + "' is not an NSE symbol");
      }
    }
    if (symbols.size() > MAX_SYMBOLS) {
      problems.put("symbols", "at most " + MAX_SYMBOLS + " symbols, got " + symbols.size());
    }
    return List.copyOf(symbols);
  }

  private static LocalDate day(Object value, String field, Map<String, String> problems) {
    if (value == null) {
      problems.put(field, "is required");
      return null;
    }
    try {
      return LocalDate.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      problems.put(field, "must be a date (yyyy-mm-dd)");
      return null;
    }
  }
}
