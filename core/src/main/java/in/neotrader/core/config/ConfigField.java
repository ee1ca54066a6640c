package in.neotrader.core.config;

import in.neotrader.core.strategy.StrategyRegistry;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/** One setting of {@link TradingConfig}: its JSON name, type, default and valid range. */
record ConfigField(String name, Kind kind, Object defaultValue, Double min, Double max,
    boolean minExclusive, boolean nullable, List<String> choices) {

  enum Kind { INT, NUMBER, BOOL, CHOICE, TEXT, JSON, STRATEGY }

  static ConfigField integer(String name, long dflt, Double min, Double max) {
    return new ConfigField(name, Kind.INT, dflt, min, max, false, false, List.of());
  }

  static ConfigField number(String name, Double dflt, Double min, Double max) {
    return new ConfigField(name, Kind.NUMBER, dflt, min, max, false, dflt == null, List.of());
  }

  /** An amount above zero, or null for "no limit". */
  static ConfigField optionalPositive(String name) {
    return new ConfigField(name, Kind.NUMBER, null, 0.0, null, true, true, List.of());
  }

  static ConfigField positive(String name, double dflt) {
    return new ConfigField(name, Kind.NUMBER, dflt, 0.0, null, true, false, List.of());
  }

  static ConfigField bool(String name, boolean dflt) {
    return new ConfigField(name, Kind.BOOL, dflt, null, null, false, false, List.of());
  }

  static ConfigField choice(String name, String dflt, String... choices) {
    return new ConfigField(name, Kind.CHOICE, dflt, null, null, false, false, List.of(choices));
  }

  static ConfigField text(String name, int maxLength) {
    return new ConfigField(name, Kind.TEXT, null, null, (double) maxLength, false, true, List.of());
  }

  /** The name of a registered strategy (lower case, as registered). */
  static ConfigField strategy(String name, String dflt) {
    return new ConfigField(name, Kind.STRATEGY, dflt, null, null, false, false, List.of());
  }

  static ConfigField json(String name) {
    return new ConfigField(name, Kind.JSON, null, null, null, false, true, List.of());
  }

  /** The message for a bad value, or empty when {@code value} is acceptable. */
  Optional<String> check(Object value) {
    if (value == null) {
      return nullable ? Optional.empty() : Optional.of("is required");
    }
    return switch (kind) {
      case BOOL -> value instanceof Boolean ? Optional.empty() : Optional.of("must be true or false");
      case TEXT -> !(value instanceof String s) ? Optional.of("must be text")
          : s.length() > max ? Optional.of("must be at most " + max.intValue() + " characters") : Optional.empty();
      case JSON -> value instanceof JsonObject ? Optional.empty() : Optional.of("must be a JSON object");
      case CHOICE -> value instanceof String s && choices.contains(s.toUpperCase())
          ? Optional.empty() : Optional.of("must be one of " + String.join(", ", choices));
      case STRATEGY -> value instanceof String s && StrategyRegistry.standard().find(s).isPresent()
          ? Optional.empty()
          : Optional.of("is not a known strategy (one of " + String.join(", ", StrategyRegistry.standard().names()) + ")");
      case INT, NUMBER -> checkNumber(value);
    };
  }

  private Optional<String> checkNumber(Object value) {
    if (!(value instanceof Number n) || Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
      return Optional.of("must be a number");
    }
    double v = n.doubleValue();
    if (kind == Kind.INT && v != Math.rint(v)) {
      return Optional.of("must be a whole number");
    }
    boolean tooLow = min != null && (minExclusive ? v <= min : v < min);
    boolean tooHigh = max != null && v > max;
    if (tooLow || tooHigh) {
      return Optional.of(rangeText());
    }
    return Optional.empty();
  }

  private String rangeText() {
    if (max == null) {
      return minExclusive ? "must be greater than " + fmt(min) : "must be at least " + fmt(min);
    }
    return "must be between " + fmt(min) + " and " + fmt(max);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
