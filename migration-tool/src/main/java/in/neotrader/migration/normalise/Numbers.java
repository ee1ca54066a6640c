package in.neotrader.migration.normalise;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Legacy numbers: JSON numbers with binary noise, numbers written as strings ("70", "1412.6") and
 * money strings of older paper files ("₹2,450.50"). Money keeps paise, charges 4 decimals.
 */
public final class Numbers {
  private Numbers() {
  }

  /** The exact decimal of a JSON number or numeric string; empty for null, blank or non-numeric. */
  public static Optional<BigDecimal> decimal(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    if (node.isNumber()) {
      return Optional.of(node.decimalValue());
    }
    return node.isTextual() ? decimal(node.asText()) : Optional.empty();
  }

  public static Optional<BigDecimal> decimal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String cleaned = text.trim().replace("₹", "").replace("Rs.", "").replace(",", "").trim();
    if (cleaned.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(cleaned));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static BigDecimal money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal charges(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_UP);
  }

  /** A whole quantity; "70" and 70.0 are fine, 70.5 is not. */
  public static Optional<Integer> wholeNumber(JsonNode node) {
    return decimal(node).flatMap(Numbers::wholeNumber);
  }

  public static Optional<Integer> wholeNumber(BigDecimal value) {
    try {
      return Optional.of(value.stripTrailingZeros().intValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }
}
