package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;

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
}
