package in.neotrader.sql.positions;

import in.neotrader.sql.query.Columns;
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
  static final Columns COLUMNS = Columns.of("id", "user_id", "symbol", "exchange", "quantity", "average_price",
      "realised_pnl", "fees", "opened_at", "closed_at", "exit_reason", "updated_at", "cycle_details");
  private static final String OPEN = "SELECT " + COLUMNS.list() + " FROM positions WHERE user_id = ANY(#{userIds}) AND closed_at IS NULL "
      + "ORDER BY opened_at, id";
  private static final String ALL = "SELECT " + COLUMNS.list()
      + " FROM positions WHERE user_id = #{userId} ORDER BY opened_at DESC, id DESC";
  private static final String OPEN_BY_SYMBOL = "SELECT " + COLUMNS.list() + " FROM positions WHERE user_id = #{userId} "
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
    return applyAll(List.of(PositionChange.buy(userId, symbol, exchange, quantity, price, fees, at)))
        .map(after -> after.get(0).orElseThrow());
  }

  /**
   * A sell fill: reduces the open cycle and books (price - average) x quantity as realised P&L; closes it with
   * {@code exitReason} when nothing is left. Empty when the symbol has no open position.
   */
  public Future<Optional<Position>> reduce(long userId, String symbol, int quantity, BigDecimal price,
      BigDecimal fees, String exitReason, Instant at) {
    return applyAll(List.of(PositionChange.sell(userId, symbol, quantity, price, fees, exitReason, at)))
        .map(after -> after.get(0));
  }

  /**
   * Fills' changes, of one user or many, in the order given (a symbol's second change sees its first): the position
   * after each, empty for a sell with no open cycle. A refused change (a sell of more than is held) fails the
   * call: run several in a transaction, as fills are booked, to write none of them then.
   */
  public Future<List<Optional<Position>>> applyAll(List<PositionChange> changes) {
    return PositionChanges.apply(client, changes);
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

  static Position position(Row r) {
    int c = COLUMNS.at(r, 0);
    return new Position(r.getLong(c), r.getLong(c + 1), r.getString(c + 2), r.getString(c + 3), r.getInteger(c + 4),
        r.getBigDecimal(c + 5), r.getBigDecimal(c + 6), r.getBigDecimal(c + 7), Rows.instant(r, c + 8),
        Rows.instant(r, c + 9), r.getString(c + 10), Rows.instant(r, c + 11), r.getJsonObject(c + 12));
  }
}
