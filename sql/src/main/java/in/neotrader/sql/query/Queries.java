package in.neotrader.sql.query;

import in.neotrader.sql.errors.ConstraintErrors;
import io.vertx.core.Future;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.impl.SqlClientInternal;
import io.vertx.sqlclient.templates.RowMapper;
import io.vertx.sqlclient.templates.impl.SqlTemplate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few shapes every repository statement takes. Each one turns constraint failures into
 * {@code WriteRefused} errors, so no repository has to remember to.
 */
public final class Queries {
  /** Past this many distinct statements (a repository building its SQL), templates are parsed per call again. */
  private static final int MAX_PARSED = 2_000;
  // SqlTemplate.forQuery parses its named parameters with regular expressions on every call: a tenth of the
  // engine's CPU in the 09:15 burst. Parsed once per statement instead (PostgreSQL's $n placeholders on every
  // client of this module).
  private static final Map<String, SqlTemplate> PARSED = new ConcurrentHashMap<>();

  private Queries() {
  }

  private static <T> Future<RowSet<T>> query(SqlClient client, String sql, Params params, RowMapper<T> mapper) {
    SqlTemplate template = parsed(client, sql);
    return client.preparedQuery(template.getSql()).mapping(mapper::map).execute(template.mapTuple(params.map()));
  }

  private static SqlTemplate parsed(SqlClient client, String sql) {
    SqlTemplate template = PARSED.get(sql);
    if (template == null) {
      template = SqlTemplate.create((SqlClientInternal) client, sql);
      if (PARSED.size() < MAX_PARSED) {
        PARSED.putIfAbsent(sql, template);
      }
    }
    return template;
  }

  /** A statement that returns exactly one row (an INSERT ... RETURNING, an upsert, a count). */
  public static <T> Future<T> single(SqlClient client, String sql, Params params, RowMapper<T> mapper) {
    return query(client, sql, params, mapper)
        .map(rows -> rows.iterator().next())
        .recover(ConstraintErrors::refused);
  }

  /** A statement that returns at most one row; empty when nothing matched (or the row is another user's). */
  public static <T> Future<Optional<T>> optional(SqlClient client, String sql, Params params, RowMapper<T> mapper) {
    return query(client, sql, params, mapper)
        .map(Rows::first)
        .recover(ConstraintErrors::refused);
  }

  public static <T> Future<List<T>> list(SqlClient client, String sql, Params params, RowMapper<T> mapper) {
    return query(client, sql, params, mapper)
        .map(Rows::all)
        .recover(ConstraintErrors::refused);
  }

  /** An UPDATE or DELETE; the number of rows it changed. */
  public static Future<Integer> update(SqlClient client, String sql, Params params) {
    SqlTemplate template = parsed(client, sql);
    return client.preparedQuery(template.getSql()).execute(template.mapTuple(params.map()))
        .map(SqlResult::rowCount)
        .recover(ConstraintErrors::refused);
  }

  /** An UPDATE of at most one row; whether it applied (false when its conditions or user scope did not match). */
  public static Future<Boolean> applied(SqlClient client, String sql, Params params) {
    return update(client, sql, params).map(count -> count > 0);
  }
}
