package in.neotrader.sql.auth;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens, rotated on use; a token presented a second time means theft, and its family is revoked. */
public final class RefreshTokenRepository {
  private static final String INSERT = "INSERT INTO refresh_tokens (user_id, family_id, token_hash, issued_at, "
      + "expires_at) VALUES (#{userId}, #{familyId}, #{tokenHash}, #{issuedAt}, #{expiresAt}) RETURNING *";
  private static final String BY_HASH = "SELECT * FROM refresh_tokens WHERE token_hash = #{tokenHash}";
  // Conditional, so two concurrent refreshes with one token cannot both succeed.
  private static final String MARK_USED = "UPDATE refresh_tokens SET used_at = #{at} WHERE user_id = #{userId} "
      + "AND token_hash = #{tokenHash} AND used_at IS NULL AND revoked_at IS NULL AND expires_at > #{at} RETURNING *";
  private static final String REVOKE_FAMILY = "UPDATE refresh_tokens SET revoked_at = #{at} WHERE user_id = #{userId} "
      + "AND family_id = #{familyId} AND revoked_at IS NULL";
  private static final String REVOKE_ALL = "UPDATE refresh_tokens SET revoked_at = #{at} WHERE user_id = #{userId} "
      + "AND revoked_at IS NULL";
  // A family is a session while one of its tokens can still be spent.
  private static final String ACTIVE_SESSIONS = "SELECT family_id, min(issued_at) AS signed_in_at, "
      + "max(issued_at) AS last_active_at, max(expires_at) AS expires_at FROM refresh_tokens WHERE user_id = #{userId} "
      + "GROUP BY family_id HAVING bool_or(used_at IS NULL AND revoked_at IS NULL AND expires_at > #{now}) "
      + "ORDER BY last_active_at DESC";

  private final SqlClient client;

  public RefreshTokenRepository(SqlClient client) {
    this.client = client;
  }

  public RefreshTokenRepository forConnection(SqlClient connection) {
    return new RefreshTokenRepository(connection);
  }

  public Future<RefreshToken> insert(long userId, UUID familyId, String tokenHash, Instant issuedAt,
      Instant expiresAt) {
    return Queries.single(client, INSERT, Params.of("userId", userId).and("familyId", familyId)
        .and("tokenHash", tokenHash).and("issuedAt", issuedAt).and("expiresAt", expiresAt),
        RefreshTokenRepository::token);
  }

  /** The token's hash is the credential, so this lookup is how the user is found (not scoped by user id). */
  public Future<Optional<RefreshToken>> findByHash(String tokenHash) {
    return Queries.optional(client, BY_HASH, Params.of("tokenHash", tokenHash), RefreshTokenRepository::token);
  }

  /**
   * Uses the token once: the updated token when this call used it; empty when it was already used, revoked,
   * expired or is not this user's (the caller then revokes the family).
   */
  public Future<Optional<RefreshToken>> markUsed(long userId, String tokenHash, Instant at) {
    return Queries.optional(client, MARK_USED, Params.of("userId", userId).and("tokenHash", tokenHash).and("at", at),
        RefreshTokenRepository::token);
  }

  /** Returns how many tokens were revoked. */
  public Future<Integer> revokeFamily(long userId, UUID familyId, Instant at) {
    return Queries.update(client, REVOKE_FAMILY, Params.of("userId", userId).and("familyId", familyId).and("at", at));
  }

  /** Logout everywhere, or an admin disabling the user. */
  public Future<Integer> revokeAllForUser(long userId, Instant at) {
    return Queries.update(client, REVOKE_ALL, Params.of("userId", userId).and("at", at));
  }

  /** The user's logins that can still refresh, most recently active first. */
  public Future<List<SignedInSession>> listActive(long userId, Instant now) {
    return Queries.list(client, ACTIVE_SESSIONS, Params.of("userId", userId).and("now", now),
        r -> new SignedInSession(r.getUUID("family_id"), Rows.instant(r, "signed_in_at"),
            Rows.instant(r, "last_active_at"), Rows.instant(r, "expires_at")));
  }

  private static RefreshToken token(Row r) {
    return new RefreshToken(r.getLong("id"), r.getLong("user_id"), r.getUUID("family_id"), r.getString("token_hash"),
        Rows.instant(r, "issued_at"), Rows.instant(r, "expires_at"), Rows.instant(r, "used_at"),
        Rows.instant(r, "revoked_at"));
  }
}
