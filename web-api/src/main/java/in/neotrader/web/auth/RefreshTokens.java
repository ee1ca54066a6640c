package in.neotrader.web.auth;

import in.neotrader.sql.auth.RefreshToken;
import in.neotrader.sql.auth.RefreshTokenRepository;
import in.neotrader.sql.auth.SignedInSession;
import java.util.List;
import in.neotrader.web.errors.ApiError;
import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Refresh tokens: 256 random bits, stored only as their SHA-256, single use. Each use rotates the token within
 * its family; presenting a spent token again means it was stolen (or replayed), so the whole family is revoked.
 */
public final class RefreshTokens {
  static final Duration LIFETIME = Duration.ofDays(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RefreshTokenRepository repository;
  private final Clock clock;

  public RefreshTokens(RefreshTokenRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** A new token starting a new family (a login). */
  public Future<String> issue(long userId) {
    return issue(userId, UUID.randomUUID());
  }

  /** Spends {@code token} and answers its owner and family; fails 401 when unknown, spent, revoked or expired. */
  public Future<RefreshToken> spend(String token) {
    String hash = hash(token);
    Instant now = clock.instant();
    return repository.findByHash(hash).compose(found -> {
      RefreshToken stored = found.orElseThrow(RefreshTokens::invalid);
      if (stored.revokedAt() != null || !stored.expiresAt().isAfter(now)) {
        throw invalid();
      }
      if (stored.usedAt() != null) {
        return reused(stored, now);
      }
      return repository.markUsed(stored.userId(), hash, now)
          .compose(marked -> marked.isPresent() ? Future.succeededFuture(stored) : reused(stored, now));
    });
  }

  /** The next token of the same family. */
  public Future<String> rotate(RefreshToken spent) {
    return issue(spent.userId(), spent.familyId());
  }

  /** Logout: the token's family can no longer refresh. Unknown tokens are ignored (logout is idempotent). */
  public Future<Void> revoke(String token) {
    return repository.findByHash(hash(token)).compose(found -> found
        .map(t -> repository.revokeFamily(t.userId(), t.familyId(), clock.instant()).<Void>mapEmpty())
        .orElse(Future.succeededFuture()));
  }

  /** The user's logins that can still refresh (the sessions page). */
  public Future<List<SignedInSession>> active(long userId) {
    return repository.listActive(userId, clock.instant());
  }

  /** Ends one of the user's logins; whether it was theirs and still active. */
  public Future<Boolean> revokeSession(long userId, UUID familyId) {
    return repository.revokeFamily(userId, familyId, clock.instant()).map(n -> n > 0);
  }

  public Future<Void> revokeAll(long userId) {
    return repository.revokeAllForUser(userId, clock.instant()).mapEmpty();
  }

  private Future<String> issue(long userId, UUID family) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    return repository.insert(userId, family, hash(token), now, now.plus(LIFETIME)).map(stored -> token);
  }

  private Future<RefreshToken> reused(RefreshToken stored, Instant now) {
    return repository.revokeFamily(stored.userId(), stored.familyId(), now)
        .transform(ignored -> Future.failedFuture(
            ApiError.unauthorized("token_reused", "this refresh token was already used; sign in again")));
  }

  private static ApiError invalid() {
    return ApiError.unauthorized("invalid_token", "the refresh token is unknown, expired or revoked");
  }

  private static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
