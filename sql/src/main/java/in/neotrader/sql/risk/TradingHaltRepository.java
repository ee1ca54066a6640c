package in.neotrader.sql.risk;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.UserBatches;
import in.neotrader.sql.query.Rows;
import in.neotrader.sql.query.StoredAs;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The kill switches in force; setting one again replaces its reason (one row per user and level). */
public final class TradingHaltRepository {
  private static final String COLUMNS = "user_id, level, reason, cancel_open_orders, set_by, set_at";
  private static final String SET = """
      INSERT INTO trading_halts (user_id, level, reason, cancel_open_orders, set_by, set_at)
      VALUES (#{userId}, #{level}, #{reason}, #{cancelOpen}, #{setBy}, #{at})
      ON CONFLICT (coalesce(user_id, 0), level) DO UPDATE SET reason = EXCLUDED.reason,
        cancel_open_orders = EXCLUDED.cancel_open_orders, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at""";
  // Oldest first: the first switch set is the one an order names.
  private static final String APPLYING = "SELECT " + COLUMNS + " FROM trading_halts "
      + "WHERE user_id = ANY(#{userIds}) OR user_id IS NULL ORDER BY set_at, id";
  private static final String DEPLOYMENT = "SELECT " + COLUMNS + " FROM trading_halts WHERE user_id IS NULL";

  private final SqlClient client;

  public TradingHaltRepository(SqlClient client) {
    this.client = client;
  }

  /** Sets the switch of {@code level} for {@code userId} (empty: the deployment's). */
  public Future<Void> set(Optional<Long> userId, HaltLevel level, String reason, boolean cancelOpenOrders,
      Optional<Long> setBy, Instant at) {
    return Queries.update(client, SET, Params.of("userId", userId.orElse(null)).and("level", level)
        .and("reason", reason).and("cancelOpen", cancelOpenOrders).and("setBy", setBy.orElse(null)).and("at", at))
        .mapEmpty();
  }

  /** Whether a switch of that level was set. */
  public Future<Boolean> clear(Optional<Long> userId, HaltLevel level) {
    String sql = "DELETE FROM trading_halts WHERE level = #{level} AND "
        + (userId.isPresent() ? "user_id = #{userId}" : "user_id IS NULL");
    return Queries.applied(client, sql, Params.of("level", level).and("userId", userId.orElse(null)));
  }

  /** Every switch that stops {@code userId}'s trading: its own levels and the deployment's. */
  public Future<List<TradingHalt>> applyingTo(long userId) {
    return UserBatches.list(client, APPLYING, userId, Params.none(), TradingHaltRepository::halt);
  }

  public Future<Optional<TradingHalt>> deployment() {
    return Queries.optional(client, DEPLOYMENT, Params.none(), TradingHaltRepository::halt);
  }

  private static TradingHalt halt(Row r) {
    return new TradingHalt(Optional.ofNullable(r.getLong("user_id")), StoredAs.parse(HaltLevel.class,
        r.getString("level")), r.getString("reason"), r.getBoolean("cancel_open_orders"),
        Optional.ofNullable(r.getLong("set_by")), Rows.instant(r, "set_at"));
  }
}
