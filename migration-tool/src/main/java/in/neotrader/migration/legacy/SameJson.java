package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.normalise.Numbers;

/**
 * Semantic JSON equality: numbers compare by value (jsonb and Jackson may write 2185.0 and 2185
 * for the same number), object keys in any order. This is the equality the export promises.
 */
public final class SameJson {
  private SameJson() {
  }

  public static boolean same(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.equals((x, y) -> x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue()) : x.equals(y) ? 0 : 1, b);
  }

  /**
   * The equality of two copies of one legacy record: as {@link #same}, and a number equals the
   * same number written as a string ({@code "100.5"} and {@code 100.5}), the legacy's known variant,
   * and two strings of one number are equal too ({@code "0.0"} and {@code "₹0.00"}).
   */
  public static boolean sameRecord(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.equals((x, y) -> {
      if (x.equals(y)) {
        return 0;
      }
      var dx = Numbers.decimal(x);
      var dy = Numbers.decimal(y);
      return dx.isPresent() && dy.isPresent() && dx.get().compareTo(dy.get()) == 0 ? 0 : 1;
    }, b);
  }
}
