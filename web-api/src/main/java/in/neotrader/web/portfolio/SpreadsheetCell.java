package in.neotrader.web.portfolio;

import java.util.regex.Pattern;

/**
 * A CSV cell a spreadsheet shows as text: text beginning with {@code = + - @}, a tab or a carriage return is a
 * formula to Excel and LibreOffice (OWASP "CSV injection"), so it gets a leading apostrophe. Symbols, reasons and
 * ids can come from migrated files or the broker, which we do not control. Numbers stay numbers.
 */
final class SpreadsheetCell {
  private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private SpreadsheetCell() {
  }

  static Object of(Object value) {
    if (value instanceof String text && FORMULA_START.matcher(text).matches() && !NUMBER.matcher(text).matches()) {
      return "'" + text;
    }
    return value;
  }
}
