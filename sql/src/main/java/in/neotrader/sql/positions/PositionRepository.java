package in.neotrader.sql.positions;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.UserBatches;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Positions of a user. Buys and sells change them in single statements, so concurrent fills cannot lose one. */
public final class PositionRepository {
  // Relies on the partial unique index of V2: one open cycle per (user, symbol).
  private static final String BUY = """
      INSERT INTO positions AS p (user_id, symbol, exchange, quantity, average_price, fees, opened_at, updated_at)
      VALUES (#{userId}, #{symbol}, #{exchange}, #{quantity}, #{price}, #{fees}, #{at}, #{at})
      ON CONFLICT (user_id, symbol) WHERE closed_at IS NULL AND legacy_ref IS NULL DO UPDATE SET
        average_price = round((p.average_price * p.quantity + EXCLUDED.average_price * EXCLUDED.quantity)
                              / (p.quantity + EXCLUDED.quantity), 4),
        quantity = p.quantity + EXCLUDED.quantity, fees = p.fees + EXCLUDED.fees, updated_at = EXCLUDED.updated_at
      RETURNING *""";
  // Selling more than is held violates positions_quantity_check and surfaces as InvalidValue.
  // With several open cycles of a symbol (only imported legacy data has them), the oldest is sold first.
  private static final String SELL = """
      UPDATE positions SET quantity = quantity - #{quantity},
        realised_pnl = realised_pnl + round((#{price} - average_price) * #{quantity}, 2),
        fees = fees + #{fees}, updated_at = #{at},
        closed_at = CASE WHEN quantity = #{quantity} THEN #{at}::timestamptz END,
        exit_reason = CASE WHEN quantity = #{quantity} THEN #{exitReason} ELSE exit_reason END
      WHERE id = (SELECT id FROM positions WHERE user_id = #{userId} AND symbol = #{symbol} AND closed_at IS NULL
                  ORDER BY opened_at, id LIMIT 1)
      RETURNING *""";
  private static final String OPEN = "SELECT * FROM positions WHERE user_id = ANY(#{userIds}) AND closed_at IS NULL "
      + "ORDER BY opened_at, id";
  private static final String ALL = "SELECT * FROM positions WHERE user_id = #{userId} ORDER BY opened_at DESC, id DESC";
  private static final String OPEN_BY_SYMBOL = "SELECT * FROM positions WHERE user_id = #{userId} "
      + "AND symbol = #{symbol} AND closed_at IS NULL ORDER BY opened_at, id LIMIT 1";

  private final SqlClient client;

  public PositionRepository(SqlClient client) {
    this.client = client;
  }

  public PositionRepository forConnection(SqlClient connection) {
    return new PositionRepository(connection);
  }

  /** A buy fill: opens the symbol's cycle, or adds to it at the quantity-weighted average price. */
  public Future<Position> openOrIncrease(long userId, String symbol, String exchange, int quantity, BigDecimal price,
      BigDecimal fees, Instant at) {
    return Queries.single(client, BUY, trade(userId, symbol, quantity, price, fees, at).and("exchange", exchange),
        PositionRepository::position);
  }

  /**
   * A sell fill: reduces the open cycle and books (price - average) x quantity as realised P&L; closes it with
   * {@code exitReason} when nothing is left. Empty when the symbol has no open position.
   */
  public Future<Optional<Position>> reduce(long userId, String symbol, int quantity, BigDecimal price,
      BigDecimal fees, String exitReason, Instant at) {
    return Queries.optional(client, SELL, trade(userId, symbol, quantity, price, fees, at)
        .and("exitReason", exitReason), PositionRepository::position);
  }

  public Future<List<Position>> listOpen(long userId) {
    return UserBatches.list(client, OPEN, userId, Params.none(), PositionRepository::position);
  }

  /** Open and closed cycles, newest first. */
  public Future<List<Position>> listAll(long userId) {
    return Queries.list(client, ALL, Params.of("userId", userId), PositionRepository::position);
  }

  public Future<Optional<Position>> findOpenBySymbol(long userId, String symbol) {
    return Queries.optional(client, OPEN_BY_SYMBOL, Params.of("userId", userId).and("symbol", symbol),
        PositionRepository::position);
  }

  private static Params trade(long userId, String symbol, int quantity, BigDecimal price, BigDecimal fees,
      Instant at) {
    return Params.of("userId", userId).and("symbol", symbol).and("quantity", quantity).and("price", price)
        .and("fees", fees == null ? BigDecimal.ZERO : fees).and("at", at);
  }

  private static Position position(Row r) {
    return new Position(r.getLong("id"), r.getLong("user_id"), r.getString("symbol"), r.getString("exchange"),
        r.getInteger("quantity"), r.getBigDecimal("average_price"), r.getBigDecimal("realised_pnl"),
        r.getBigDecimal("fees"), Rows.instant(r, "opened_at"), Rows.instant(r, "closed_at"),
        r.getString("exit_reason"), Rows.instant(r, "updated_at"), r.getJsonObject("cycle_details"));
  }
}
