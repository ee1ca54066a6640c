package in.neotrader.sql.query;

import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Named parameters for a {@code SqlTemplate}. Unlike {@code Map.of} it takes nulls (optional filters and
 * columns), and it converts Java values to what the pg client binds: Instant to a UTC OffsetDateTime,
 * byte[] to a Buffer, a {@link StoredAs} enum to its stored text.
 */
public final class Params {
  private final Map<String, Object> values = new HashMap<>();

  private Params() {
  }

  public static Params of(String name, Object value) {
    return new Params().and(name, value);
  }

  /** For statements without parameters. */
  public static Params none() {
    return new Params();
  }

  public Params copy() {
    Params copy = new Params();
    copy.values.putAll(values);
    return copy;
  }

  public Params and(String name, Object value) {
    values.put(name, toSql(value));
    return this;
  }

  public Map<String, Object> map() {
    return values;
  }

  private static Object toSql(Object value) {
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof byte[] bytes) {
      return Buffer.buffer(bytes);
    }
    if (value instanceof StoredAs stored) {
      return stored.stored();
    }
    return value;
  }
}
