package in.neotrader.migration.store;

import in.neotrader.core.strategy.legacy.LegacyDipStrategy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The users legacy data lands on. A user created here gets the unusable password hash
 * {@value #UNUSABLE_PASSWORD}: no password verifies against it, so the owner must set one through
 * the service's password reset before logging in. Its trading config is created with it, choosing the
 * {@code legacy-dip} strategy.
 */
public final class Users {
  public static final String DEFAULT_LIVE = "legacy-live@localhost";
  public static final String DEFAULT_PAPER = "legacy-paper@localhost";
  public static final String UNUSABLE_PASSWORD = "!migrated";

  private Users() {
  }

  public static Optional<Long> find(Connection c, String email) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM users WHERE email = ?")) {
      s.setString(1, normalise(email));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  public static long findOrCreate(Connection c, String email, String displayName, long batchId) throws SQLException {
    Optional<Long> existing = find(c, email);
    if (existing.isPresent()) {
      return existing.get();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO users (email, password_hash, display_name, migration_batch_id)"
        + " VALUES (?, ?, ?, ?) RETURNING id")) {
      s.setString(1, normalise(email));
      s.setString(2, UNUSABLE_PASSWORD);
      s.setString(3, displayName);
      s.setLong(4, batchId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        long id = rs.getLong(1);
        tradeLegacyDip(c, id, batchId);
        return id;
      }
    }
  }

  /** A migrated trader expects the legacy's picks from the same prices: their analysis is legacy-dip. */
  private static void tradeLegacyDip(Connection c, long userId, long batchId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO user_trading_config (user_id, strategy, migration_batch_id)"
        + " VALUES (?, ?, ?)")) {
      s.setLong(1, userId);
      s.setString(2, LegacyDipStrategy.NAME);
      s.setLong(3, batchId);
      s.executeUpdate();
    }
  }

  public static String normalise(String email) {
    String e = email.trim().toLowerCase(Locale.ROOT);
    if (e.indexOf('@') < 1) {
      throw new IllegalArgumentException("'" + email + "' is not an email address");
    }
    return e;
  }
}
