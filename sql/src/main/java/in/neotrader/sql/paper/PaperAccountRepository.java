package in.neotrader.sql.paper;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.time.Instant;

/** The cash side of a paper account; holdings are the open positions. */
public final class PaperAccountRepository {
  // DO UPDATE with an unchanged value makes RETURNING give the existing row too.
  private static final String OPEN = """
      INSERT INTO paper_accounts AS p (user_id, initial_capital, available_cash)
      VALUES (#{userId}, #{capital}, #{capital})
      ON CONFLICT (user_id) DO UPDATE SET user_id = p.user_id
      RETURNING *""";
  private static final String BOOK = """
      UPDATE paper_accounts SET available_cash = available_cash + #{cashDelta},
        realised_pnl = realised_pnl + #{realisedDelta}, updated_at = #{at}
      WHERE user_id = #{userId}""";
  private static final String SET_UNREALISED = "UPDATE paper_accounts SET unrealised_pnl = #{unrealised}, "
      + "updated_at = #{at} WHERE user_id = #{userId}";

  private final SqlClient client;

  public PaperAccountRepository(SqlClient client) {
    this.client = client;
  }

  public PaperAccountRepository forConnection(SqlClient connection) {
    return new PaperAccountRepository(connection);
  }

  /** The user's paper account, created with {@code initialCapital} in cash on first use. */
  public Future<PaperAccountRow> openOrCreate(long userId, BigDecimal initialCapital) {
    return Queries.single(client, OPEN, Params.of("userId", userId).and("capital", initialCapital),
        PaperAccountRepository::account);
  }

  /** Books a fill: cash moves by {@code cashDelta} (negative for buys), realised P&L by {@code realisedDelta}. */
  public Future<Boolean> book(long userId, BigDecimal cashDelta, BigDecimal realisedDelta, Instant at) {
    return Queries.applied(client, BOOK, Params.of("userId", userId).and("cashDelta", cashDelta)
        .and("realisedDelta", realisedDelta).and("at", at));
  }

  public Future<Boolean> setUnrealised(long userId, BigDecimal unrealised, Instant at) {
    return Queries.applied(client, SET_UNREALISED, Params.of("userId", userId).and("unrealised", unrealised)
        .and("at", at));
  }

  private static PaperAccountRow account(Row r) {
    return new PaperAccountRow(r.getLong("user_id"), r.getBigDecimal("initial_capital"),
        r.getBigDecimal("available_cash"), r.getBigDecimal("realised_pnl"));
  }
}
