package in.neotrader.sql.marketdata;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Where a bhavcopy batch's statements run, inside the caller's transaction: the reactive client, or one JDBC
 * connection on a worker thread ({@link JdbcStatements}, for a backfill that COPYs its candles). The repositories
 * keep one text of each statement for both.
 */
interface Statements {
  /** An INSERT, UPDATE or DELETE; the rows it changed. */
  Future<Integer> update(String sql, Params params);

  <T> Future<List<T>> list(String sql, Params params, Function<Columns, T> mapper);

  /** The columns of one result row, by name. */
  interface Columns {
    String string(String column);

    LocalDate date(String column);

    BigDecimal decimal(String column);
  }

  static Statements on(SqlClient client) {
    return new Statements() {
      @Override
      public Future<Integer> update(String sql, Params params) {
        return Queries.update(client, sql, params);
      }

      @Override
      public <T> Future<List<T>> list(String sql, Params params, Function<Columns, T> mapper) {
        return Queries.list(client, sql, params, row -> mapper.apply(columns(row)));
      }
    };
  }

  private static Columns columns(Row row) {
    return new Columns() {
      @Override
      public String string(String column) {
        return row.getString(column);
      }

      @Override
      public LocalDate date(String column) {
        return row.getLocalDate(column);
      }

      @Override
      public BigDecimal decimal(String column) {
        return row.getBigDecimal(column);
      }
    };
  }
}
