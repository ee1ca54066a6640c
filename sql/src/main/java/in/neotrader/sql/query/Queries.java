package in.neotrader.sql.query;

import in.neotrader.sql.errors.ConstraintErrors;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.templates.RowMapper;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.util.List;
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
}
