package in.neotrader.sql.auth;

import java.time.Instant;
import java.util.UUID;

/** A stored refresh token: only its hash. All tokens issued from one login share a family. */
public record RefreshToken(long id, long userId, UUID familyId, String tokenHash, Instant issuedAt, Instant expiresAt,
    Instant usedAt, Instant revokedAt) {
}
