package in.neotrader.sql.query;

import in.neotrader.sql.errors.ConstraintErrors;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.templates.RowMapper;
import io.vertx.sqlclient.templates.SqlTemplate;
import io.vertx.sqlclient.SqlResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few shapes every repository statement takes. Each one turns constraint failures into
 * {@code WriteRefused} errors, so no repository has to remember to.
 */
public final class Queries {
  private Queries() {
  }

  /** A statement that returns exactly one row (an INSERT ... RETURNING, an upsert, a count). */
  public static <T> Future<T> single(SqlClient client, String sql, Params params, RowMapper<T> mapper) {
    return SqlTemplate.forQuery(client, sql).mapTo(mapper).execute(params.map())
        .map(rows -> rows.iterator().next())
        .recover(ConstraintErrors::refused);
  }

  /** A statement that returns at most one row; empty when nothing matched (or the row is another user's). */
  public static <T> Future<Optional<T>> optional(SqlClient client, String sql, Params params, RowMapper<T> mapper) {
    return SqlTemplate.forQuery(client, sql).mapTo(mapper).execute(params.map())
        .map(Rows::first)
        .recover(ConstraintErrors::refused);
  }

  public static <T> Future<List<T>> list(SqlClient client, String sql, Params params, RowMapper<T> mapper) {
    return SqlTemplate.forQuery(client, sql).mapTo(mapper).execute(params.map())
        .map(Rows::all)
        .recover(ConstraintErrors::refused);
  }

  /** An UPDATE or DELETE; the number of rows it changed. */
  public static Future<Integer> update(SqlClient client, String sql, Params params) {
    return SqlTemplate.forUpdate(client, sql).execute(params.map())
        .map(result -> result.rowCount())
        .recover(ConstraintErrors::refused);
  }

  /** An UPDATE of at most one row; whether it applied (false when its conditions or user scope did not match). */
  public static Future<Boolean> applied(SqlClient client, String sql, Params params) {
    return update(client, sql, params).map(count -> count > 0);
  }

  /**
   * The same UPDATE/DELETE/INSERT once per parameter set, sent in one round trip (and, outside a transaction,
   * committed together); the number of rows each changed, in the order given.
   */
  public static Future<List<Integer>> updateBatch(SqlClient client, String sql, List<Params> batch) {
    if (batch.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return SqlTemplate.forUpdate(client, sql).executeBatch(maps(batch))
        .map(result -> {
          List<Integer> counts = new ArrayList<>(batch.size());
          for (SqlResult<Void> r = result; r != null; r = r.next()) {
            counts.add(r.rowCount());
          }
          return counts;
        })
        .recover(ConstraintErrors::refused);
  }

  /** A statement returning at most one row, once per parameter set in one round trip; results in the order given. */
  public static <T> Future<List<Optional<T>>> optionalBatch(SqlClient client, String sql, List<Params> batch,
      RowMapper<T> mapper) {
    if (batch.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return SqlTemplate.forQuery(client, sql).mapTo(mapper).executeBatch(maps(batch))
        .map(result -> {
          List<Optional<T>> rows = new ArrayList<>(batch.size());
          for (io.vertx.sqlclient.RowSet<T> r = result; r != null; r = r.next()) {
            rows.add(Rows.first(r));
          }
          return rows;
        })
        .recover(ConstraintErrors::refused);
  }

  private static List<Map<String, Object>> maps(List<Params> batch) {
    List<Map<String, Object>> maps = new ArrayList<>(batch.size());
    batch.forEach(p -> maps.add(p.map()));
    return maps;
  }
}
