package in.neotrader.sql.query;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.templates.RowMapper;
import java.util.List;

/** One page of a filtered list, with the total number of rows matching the filters. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

  /**
   * Runs a page query and its count query with the same filter parameters. The page query must end in
   * {@code LIMIT #{limit} OFFSET #{offset}}; the count query must return one column named {@code total}.
   */
  public static <T> Future<Page<T>> fetch(SqlClient client, String pageSql, String countSql, Params filters,
      PageRequest page, RowMapper<T> mapper) {
    Params pageParams = filters.copy().and("limit", page.limit()).and("offset", page.offset());
    Future<List<T>> items = Queries.list(client, pageSql, pageParams, mapper);
    Future<Long> total = Queries.single(client, countSql, filters, row -> row.getLong("total"));
    return Future.all(items, total)
        .map(done -> new Page<>(items.result(), total.result(), page.limit(), page.offset()));
  }
}
