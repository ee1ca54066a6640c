package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.normalise.Numbers;
import in.neotrader.migration.normalise.Symbols;
import in.neotrader.migration.normalise.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one legacy record and remembers every field that is wrong, so a record is
 * judged as a whole and all its problems reach the report. Getters return null for a bad or
 * absent value; {@link #finish} says whether the record may be imported.
 */
public final class RecordReader {
  private final String file;
  private final String key;
  private final JsonNode node;
  private final Timestamps timestamps;
  private final List<Problem> problems = new ArrayList<>();

  public RecordReader(String file, String key, JsonNode node, Timestamps timestamps) {
    this.file = file;
    this.key = key;
    this.node = node;
    this.timestamps = timestamps;
    if (!node.isObject()) {
      fail(null, "record is not a JSON object");
    }
  }

  public JsonNode node() {
    return node;
  }

  public String key() {
    return key;
  }

  /** Label of an element of a bare-array file: "record 4 PT1" (the report wraps it in brackets once). */
  public static String item(int index, String id) {
    return "record " + index + (id.isBlank() ? "" : " " + id.trim());
  }

  public boolean has(String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank());
  }

  public String text(String field, boolean required) {
    if (!has(field)) {
      return missing(field, required);
    }
    return node.get(field).asText().trim();
  }

  public String symbol(String field) {
    String raw = text(field, true);
    if (raw == null) {
      return null;
    }
    return Symbols.base(raw).orElseGet(() -> fail(field, "'" + raw + "' is not a symbol"));
  }

  /** A positive whole quantity: zero, negative or fractional quantities are rejected. */
  public Integer quantity(String field, boolean required) {
    if (!has(field)) {
      return missing(field, required);
    }
    JsonNode v = node.get(field);
    BigDecimal d = Numbers.decimal(v).orElse(null);
    if (d == null) {
      return fail(field, "'" + v.asText() + "' is not a number");
    }
    Integer q = Numbers.wholeNumber(d).orElse(null);
    if (q == null) {
      return fail(field, d.toPlainString() + " is not a whole quantity");
    }
    return q > 0 ? q : fail(field, "quantity must be positive, got " + q);
  }

  public Integer count(String field) {
    if (!has(field)) {
      return null;
    }
    return Numbers.wholeNumber(node.get(field)).orElseGet(() -> fail(field, "'" + node.get(field).asText() + "' is not a whole number"));
  }

  public BigDecimal decimal(String field, boolean required) {
    if (!has(field)) {
      return missing(field, required);
    }
    JsonNode v = node.get(field);
    return Numbers.decimal(v).orElseGet(() -> fail(field, "'" + v.asText() + "' is not a number"));
  }

  /** A price: a number not below zero. */
  public BigDecimal price(String field, boolean required) {
    BigDecimal d = decimal(field, required);
    if (d != null && d.signum() < 0) {
      return fail(field, "price must not be negative, got " + d.toPlainString());
    }
    return d;
  }

  public Instant instant(String field, boolean required) {
    if (!has(field)) {
      return missing(field, required);
    }
    String raw = node.get(field).asText();
    return timestamps.instant(raw).orElseGet(() -> fail(field, "'" + raw + "' is not a known timestamp format"));
  }

  public String oneOf(String field, Set<String> allowed, boolean required) {
    String v = text(field, required);
    if (v == null) {
      return null;
    }
    return allowed.contains(v) ? v : fail(field, "unknown value '" + v + "' (expected one of " + allowed + ")");
  }

  public <T> T fail(String field, String message) {
    problems.add(new Problem(file, key, field, message));
    return null;
  }

  /** True when the record is importable; otherwise every problem goes to the report (and quarantine). */
  public boolean finish(Problems sink) {
    if (problems.isEmpty()) {
      return true;
    }
    problems.forEach(sink::reject);
    sink.quarantine(file, key, node, problems);
    return false;
  }

  private <T> T missing(String field, boolean required) {
    return required ? fail(field, "required field is missing") : null;
  }
}
