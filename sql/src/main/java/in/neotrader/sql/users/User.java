package in.neotrader.sql.users;

import java.time.Instant;

/** A login account. The TOTP secret stays out of it: read it with {@code UserRepository.loadTotpSecret}. */
public record User(long id, String email, String passwordHash, Role role, String displayName, boolean disabled,
    boolean totpEnabled, Instant createdAt, Instant lastLoginAt) {
}
