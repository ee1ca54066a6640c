package in.neotrader.sql.query;

import io.vertx.sqlclient.Row;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns a statement selects, in one fixed order, so its rows are read by position: a lookup by name scans
 * the row's column names and hashes each (the driver decodes them afresh for each result), which in a burst costs
 * a tenth of the CPU. Selecting named columns also leaves out what the mapping does not read (the legacy record).
 */
public final class Columns {
  private final List<String> names;
  private final String list;

  private Columns(List<String> names) {
    this.names = List.copyOf(names);
    this.list = String.join(", ", names);
  }

  public static Columns of(String... names) {
    return new Columns(List.of(names));
  }

  /** The names, comma-separated, for a SELECT or RETURNING list. */
  public String list() {
    return list;
  }

  /** The names qualified by a table or row alias. */
  public String of(String alias) {
    return names.stream().map(name -> alias + "." + name).collect(Collectors.joining(", "));
  }

  /**
   * The position of the first column in {@code r}, once it is checked that the row has these columns from there:
   * a statement that selects them in another order fails loudly instead of mapping one field from another's column.
   */
  public int at(Row r, int first) {
    if (r.size() < first + names.size() || !names.get(0).equals(r.getColumnName(first))
        || !names.get(names.size() - 1).equals(r.getColumnName(first + names.size() - 1))) {
      throw new IllegalStateException("columns " + list + " expected from position " + first);
    }
    return first;
  }
}
