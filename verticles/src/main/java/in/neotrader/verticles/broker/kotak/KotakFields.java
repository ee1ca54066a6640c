package in.neotrader.verticles.broker.kotak;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/** Reads Kotak fields that arrive as strings ("10", "1234.50", "--") or, in holdings, as JSON numbers. */
final class KotakFields {

  private KotakFields() {}

  static BigDecimal decimal(JsonObject row, String field) {
    Object value = row.getValue(field);
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    String text = value == null ? "" : value.toString().trim().replace(",", "");
    if (text.isEmpty() || text.equals("--") || text.equals("NA")) {
      return BigDecimal.ZERO;
    }
    return new BigDecimal(text);
  }

  static int quantity(JsonObject row, String field) {
    return decimal(row, field).intValueExact();
  }

  static String text(JsonObject row, String field) {
    Object value = row.getValue(field);
    return value == null ? "" : value.toString().trim();
  }

  /** Kotak writes "--" for an empty remark or reason. */
  static String remark(JsonObject row, String field) {
    String text = text(row, field);
    return text.equals("--") ? "" : text;
  }

  /** Zero as "0", never "0.00" or "" (KOTAK_NEO §3, §8.4). */
  static String number(BigDecimal value) {
    return value == null || value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
