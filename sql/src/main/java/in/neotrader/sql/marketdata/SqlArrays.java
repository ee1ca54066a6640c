package in.neotrader.sql.marketdata;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Columns of a batch as arrays for {@code unnest(...)}: one statement per file instead of one per row. Numbers
 * travel as text (cast to numeric in SQL) so no decimal is rounded on the way; an absent value is "".
 */
final class SqlArrays {
  private SqlArrays() {
  }

  static <T> String[] text(List<T> rows, Function<T, String> column) {
    return rows.stream().map(r -> {
      String v = column.apply(r);
      return v == null ? "" : v;
    }).toArray(String[]::new);
  }

  static <T> String[] decimal(List<T> rows, Function<T, BigDecimal> column) {
    return rows.stream().map(r -> {
      BigDecimal v = column.apply(r);
      return v == null ? "" : v.toPlainString();
    }).toArray(String[]::new);
  }

  static <T> Long[] longs(List<T> rows, Function<T, Long> column) {
    return rows.stream().map(column).toArray(Long[]::new);
  }
}
