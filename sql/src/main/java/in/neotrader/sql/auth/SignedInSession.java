package in.neotrader.sql.auth;

import java.time.Instant;
import java.util.UUID;

/** One login still able to refresh: its token family, when it signed in, last refreshed, and when it lapses. */
public record SignedInSession(UUID familyId, Instant signedInAt, Instant lastActiveAt, Instant expiresAt) {
}
