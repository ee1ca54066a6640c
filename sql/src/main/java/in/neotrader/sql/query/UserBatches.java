package in.neotrader.sql.query;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.templates.RowMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * One user's rows of a statement that every user makes at once in a burst (the 16:05 buys, the 09:15 open, a node
 * resuming its users): the statements of the same text, with the same other parameters, that wait while an earlier
 * one runs are sent as one for all their users ({@code user_id = ANY(#{userIds})}), and each user gets its own
 * rows, in the statement's order. A read, or a write that touches only each user's own rows under that user's own
 * conditions (a lease claim), so that one statement for many users does what one per user would. A quiet moment
 * sends each alone at once; a burst costs a statement per few hundred users instead of one per user. On a
 * connection (a transaction) the statement is that user's alone. It must return {@code user_id}; a row whose
 * user_id is null (a deployment-wide row) belongs to every user of the batch.
 */
public final class UserBatches {

  /** Users in one statement: a few hundred keeps the array and the answer small. */
  private static final int MAX_USERS = 500;
  /** Statements of one kind running at once: the rest of the pool stays free for everything else. */
  private static final int MAX_IN_FLIGHT = 2;
  /** Kinds kept (a statement with its other parameters, e.g. the day): the day's are all that a burst uses. */
  private static final int MAX_KINDS = 256;

  private static final Map<Pool, UserBatches> BY_POOL = Collections.synchronizedMap(new WeakHashMap<>());

  private record Kind(String sql, Map<String, Object> shared) {}

  private final Pool pool;
  private final Map<Kind, Coalescer<Long, List<Row>>> kinds = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Kind, Coalescer<Long, List<Row>>> eldest) {
      return size() > MAX_KINDS;
    }
  };
  private long statements;

  private UserBatches(Pool pool) {
    this.pool = pool;
  }

  /** The rows of {@code userId}, mapped on the caller's context. */
  public static <T> Future<List<T>> list(SqlClient client, String sql, long userId, Params shared,
      RowMapper<T> mapper) {
    Future<List<Row>> rows = client instanceof Pool pool
        ? BY_POOL.computeIfAbsent(pool, UserBatches::new).rowsOf(sql, userId, shared)
        : Queries.list(client, sql, shared.copy().and("userIds", new Long[] {userId}), row -> row);
    return rows.map(list -> list.stream().map(mapper::map).toList());
  }

  private Future<List<Row>> rowsOf(String sql, long userId, Params shared) {
    Params fixed = shared.copy();
    Coalescer<Long, List<Row>> kind;
    synchronized (this) {
      kind = kinds.computeIfAbsent(new Kind(sql, new HashMap<>(fixed.map())),
          k -> new Coalescer<>(users -> read(sql, fixed, users), MAX_USERS, MAX_IN_FLIGHT));
    }
    return kind.submit(userId);
  }

  private Future<List<Future<List<Row>>>> read(String sql, Params shared, List<Long> users) {
    synchronized (this) {
      statements++;
    }
    Set<Long> distinct = new LinkedHashSet<>(users);
    return Queries.list(pool, sql, shared.copy().and("userIds", distinct.toArray(Long[]::new)), row -> row)
        .map(rows -> {
          Map<Long, List<Row>> byUser = byUser(rows, distinct);
          return users.stream().map(u -> Future.succeededFuture(byUser.get(u))).toList();
        });
  }

  /** Statements this pool's batches sent: fewer than the users' statements in a burst. */
  static long statementsSent(Pool pool) {
    UserBatches reads = BY_POOL.get(pool);
    if (reads == null) {
      return 0;
    }
    synchronized (reads) {
      return reads.statements;
    }
  }

  private static Map<Long, List<Row>> byUser(List<Row> rows, Set<Long> users) {
    Map<Long, List<Row>> byUser = new HashMap<>();
    users.forEach(u -> byUser.put(u, new ArrayList<>()));
    for (Row row : rows) {
      Long owner = row.getLong("user_id");
      if (owner == null) {
        byUser.values().forEach(list -> list.add(row));
      } else {
        Objects.requireNonNull(byUser.get(owner), "a row of a user not asked for").add(row);
      }
    }
    return byUser;
  }
}
