package in.neotrader.sql.paper;

import in.neotrader.sql.query.JsonRows;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.UserBatches;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Paper accounts. Cash moves by deltas in one statement, so two fills booked at once both count. */
public final class PaperAccountRepository {
  private static final String GET = "SELECT * FROM paper_accounts WHERE user_id = ANY(#{userIds})";
  private static final String CREATE = "INSERT INTO paper_accounts (user_id, initial_capital, available_cash, "
      + "created_at, updated_at) VALUES (#{userId}, #{capital}, #{capital}, #{at}, #{at}) RETURNING *";
  // Many users' deltas as one array per column (one prepared text), amounts as text: exactly the decimal given.
  private static final String BOOK = """
      UPDATE paper_accounts a SET available_cash = a.available_cash + v.cash::numeric,
        realised_pnl = a.realised_pnl + v.realised::numeric, updated_at = v.at
      FROM unnest($1::bigint[], $2::text[], $3::text[], $4::timestamptz[]) AS v(user_id, cash, realised, at)
      WHERE a.user_id = ANY($1) AND a.user_id = v.user_id
      RETURNING a.*""";
  private static final String VALUE = "UPDATE paper_accounts SET unrealised_pnl = #{unrealised}, "
      + "margin_used = #{margin}, updated_at = #{at} WHERE user_id = #{userId} RETURNING *";

  private final SqlClient client;

  public PaperAccountRepository(SqlClient client) {
    this.client = client;
  }

  public PaperAccountRepository forConnection(SqlClient connection) {
    return new PaperAccountRepository(connection);
  }

  public Future<Optional<PaperAccount>> get(long userId) {
    return UserBatches.list(client, GET, userId, Params.none(), PaperAccountRepository::account)
        .map(rows -> rows.stream().findFirst());
  }

  /** A second account for the same user fails with {@code DuplicateValue}. */
  public Future<PaperAccount> create(long userId, BigDecimal initialCapital, Instant at) {
    return Queries.single(client, CREATE, Params.of("userId", userId).and("capital", initialCapital).and("at", at),
        PaperAccountRepository::account);
  }

  /** Books a fill: cash goes down on a buy (negative delta), up on a sell; realised P&L by its delta. */
  public Future<Optional<PaperAccount>> book(long userId, BigDecimal cashDelta, BigDecimal realisedDelta,
      Instant at) {
    return bookForUsers(List.of(new CashBooking(userId, cashDelta, realisedDelta, at)))
        .map(accounts -> accounts.stream().findFirst());
  }

  /** One user's deltas of a {@link #bookForUsers} statement. */
  public record CashBooking(long userId, BigDecimal cashDelta, BigDecimal realisedDelta, Instant at) {}

  /** Several users' {@link #book} in one statement, each user once: the accounts as booked (none for a user without). */
  public Future<List<PaperAccount>> bookForUsers(List<CashBooking> bookings) {
    int n = bookings.size();
    Long[] userIds = new Long[n];
    String[] cash = new String[n];
    String[] realised = new String[n];
    OffsetDateTime[] ats = new OffsetDateTime[n];
    for (int i = 0; i < n; i++) {
      CashBooking b = bookings.get(i);
      userIds[i] = b.userId();
      cash[i] = b.cashDelta().toPlainString();
      realised[i] = b.realisedDelta().toPlainString();
      ats[i] = JsonRows.utc(b.at());
    }
    return client.preparedQuery(BOOK).mapping(PaperAccountRepository::account)
        .execute(Tuple.of(userIds, cash, realised, ats)).map(Rows::all);
  }

  /** Marks open positions to market. */
  public Future<Optional<PaperAccount>> revalue(long userId, BigDecimal unrealisedPnl, BigDecimal marginUsed,
      Instant at) {
    return Queries.optional(client, VALUE, Params.of("userId", userId).and("unrealised", unrealisedPnl)
        .and("margin", marginUsed).and("at", at), PaperAccountRepository::account);
  }

  private static PaperAccount account(Row r) {
    return new PaperAccount(r.getLong("user_id"), r.getBigDecimal("initial_capital"), r.getBigDecimal("available_cash"),
        r.getBigDecimal("margin_used"), r.getBigDecimal("realised_pnl"), r.getBigDecimal("unrealised_pnl"),
        Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
  }
}
