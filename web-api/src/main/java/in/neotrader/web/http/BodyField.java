package in.neotrader.web.http;

/** One field a request body may carry: its JSON type, whether it must be there, and its longest text. */
public record BodyField(String name, Kind kind, boolean required, int maxLength) {
  public enum Kind { TEXT, BOOLEAN, NUMBER }

  public static BodyField text(String name, int maxLength) {
    return new BodyField(name, Kind.TEXT, true, maxLength);
  }

  public static BodyField optionalText(String name, int maxLength) {
    return new BodyField(name, Kind.TEXT, false, maxLength);
  }

  public static BodyField flag(String name) {
    return new BodyField(name, Kind.BOOLEAN, true, 0);
  }

  public static BodyField optionalFlag(String name) {
    return new BodyField(name, Kind.BOOLEAN, false, 0);
  }

  public static BodyField optionalNumber(String name) {
    return new BodyField(name, Kind.NUMBER, false, 0);
  }

  /** The message for a bad value, or null when it fits. */
  String problem(Object value) {
    if (value == null) {
      return required ? "is required" : null;
    }
    return switch (kind) {
      case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
      case NUMBER -> value instanceof Number ? null : "must be a number";
      case TEXT -> !(value instanceof String s) ? "must be text"
          : s.isBlank() && required ? "must not be empty"
          : s.length() > maxLength ? "must be at most " + maxLength + " characters" : null;
    };
  }
}
