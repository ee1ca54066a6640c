package in.neotrader.sql.query;

import java.util.Arrays;

/** An enum whose constants are stored as the text values a column's CHECK constraint allows. */
public interface StoredAs {
  String stored();

  static <E extends Enum<E> & StoredAs> E parse(Class<E> type, String stored) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.stored().equals(stored))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " has no stored value '" + stored + "'"));
  }
}
