package in.neotrader.sql.marketdata;

import in.neotrader.sql.query.Params;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repositories' named-parameter statements ({@code #{name}}) on a JDBC connection, run at once on the calling
 * (worker) thread: each future is complete when returned. Arrays bind as the PostgreSQL array of their element.
 */
final class JdbcStatements implements Statements {
  private static final Pattern NAMED = Pattern.compile("#\\{(\\w+)}");
  private static final Map<Class<?>, String> ARRAY_TYPES = Map.of(String.class, "text", LocalDate.class, "date",
      Long.class, "int8", Integer.class, "int4");

  private final Connection connection;

  JdbcStatements(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Future<Integer> update(String sql, Params params) {
    try (PreparedStatement statement = prepared(sql, params)) {
      return Future.succeededFuture(statement.executeUpdate());
    } catch (SQLException e) {
      return Future.failedFuture(e);
    }
  }

  @Override
  public <T> Future<List<T>> list(String sql, Params params, Function<Columns, T> mapper) {
    try (PreparedStatement statement = prepared(sql, params); ResultSet rows = statement.executeQuery()) {
      Columns columns = columns(rows);
      List<T> all = new ArrayList<>();
      while (rows.next()) {
        all.add(mapper.apply(columns));
      }
      return Future.succeededFuture(all);
    } catch (SQLException | IllegalStateException e) {
      return Future.failedFuture(e);
    }
  }

  private PreparedStatement prepared(String sql, Params params) throws SQLException {
    Matcher m = NAMED.matcher(sql);
    List<Object> values = new ArrayList<>();
    StringBuilder jdbc = new StringBuilder(sql.length());
    while (m.find()) {
      if (!params.map().containsKey(m.group(1))) {
        throw new IllegalArgumentException("no value for #{" + m.group(1) + "}");
      }
      values.add(params.map().get(m.group(1)));
      m.appendReplacement(jdbc, "?");
    }
    m.appendTail(jdbc);
    PreparedStatement statement = connection.prepareStatement(jdbc.toString());
    try {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, bound(values.get(i)));
      }
    } catch (SQLException | IllegalArgumentException e) {
      statement.close();
      throw e;
    }
    return statement;
  }

  private Object bound(Object value) throws SQLException {
    if (!(value instanceof Object[] array)) {
      return value;
    }
    String type = ARRAY_TYPES.get(array.getClass().getComponentType());
    if (type == null) {
      throw new IllegalArgumentException("no PostgreSQL array for " + array.getClass().getSimpleName());
    }
    // As text, which PostgreSQL parses into the element type: the driver has no encoder for every element class.
    return connection.createArrayOf(type, Arrays.stream(array).map(v -> v == null ? null : v.toString())
        .toArray(String[]::new));
  }

  private static Columns columns(ResultSet rows) {
    return new Columns() {
      @Override
      public String string(String column) {
        return read(rows::getString, column);
      }

      @Override
      public LocalDate date(String column) {
        return read(c -> rows.getObject(c, LocalDate.class), column);
      }

      @Override
      public BigDecimal decimal(String column) {
        return read(rows::getBigDecimal, column);
      }
    };
  }

  private interface Column<T> {
    T read(String column) throws SQLException;
  }

  private static <T> T read(Column<T> column, String name) {
    try {
      return column.read(name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }
}
