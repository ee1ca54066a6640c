package in.neotrader.sql.users;

import in.neotrader.sql.query.Page;
import in.neotrader.sql.query.PageRequest;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import in.neotrader.sql.query.StoredAs;
import in.neotrader.sql.secrets.EncryptedSecret;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Accounts: sign-up, login lookups, admin changes. Emails are stored lower-cased (the schema insists). */
public final class UserRepository {
  private static final String COLUMNS = "u.id, u.email, u.password_hash, u.role, u.display_name, u.disabled, "
      + "u.totp_secret IS NOT NULL AS totp_enabled, u.created_at, u.last_login_at";
  private static final String INSERT = "INSERT INTO users AS u (email, password_hash, role, display_name) "
      + "VALUES (#{email}, #{passwordHash}, #{role}, #{displayName}) RETURNING " + COLUMNS;
  private static final String BY_EMAIL = "SELECT " + COLUMNS + " FROM users u WHERE u.email = #{email}";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM users u WHERE u.id = #{userId}";
  private static final String UPDATE_LAST_LOGIN = "UPDATE users SET last_login_at = #{at} WHERE id = #{userId}";
  private static final String SET_DISABLED = "UPDATE users SET disabled = #{disabled} WHERE id = #{userId}";
  private static final String SET_TOTP = "UPDATE users SET totp_secret = #{secret}, totp_key_id = #{keyId}, "
      + "totp_last_step = #{step} WHERE id = #{userId}";
  private static final String SPEND_TOTP_STEP = "UPDATE users SET totp_last_step = #{step} WHERE id = #{userId} "
      + "AND (totp_last_step IS NULL OR totp_last_step < #{step})";
  private static final String LOAD_TOTP = "SELECT totp_secret, totp_key_id FROM users "
      + "WHERE id = #{userId} AND totp_secret IS NOT NULL";
  private static final String OVERVIEW_PAGE = "SELECT " + COLUMNS + ", coalesce(s.service_running, false) AS running, "
      + "s.last_heartbeat, s.owner_node, coalesce(s.error_count, 0) AS error_count, s.last_error "
      + "FROM users u LEFT JOIN service_status s ON s.user_id = u.id ORDER BY u.id LIMIT #{limit} OFFSET #{offset}";
  private static final String COUNT = "SELECT count(*) AS total FROM users";

  private final SqlClient client;

  public UserRepository(SqlClient client) {
    this.client = client;
  }

  public UserRepository forConnection(SqlClient connection) {
    return new UserRepository(connection);
  }

  /** Fails with {@code EmailAlreadyRegistered} when the (lower-cased) email is taken. */
  public Future<User> create(String email, String passwordHash, Role role) {
    return create(email, passwordHash, role, null);
  }

  /** As {@link #create(String, String, Role)}, with the name the person gave (blank means none). */
  public Future<User> create(String email, String passwordHash, Role role, String displayName) {
    String name = displayName == null || displayName.isBlank() ? null : displayName.strip();
    return Queries.single(client, INSERT, Params.of("email", normalise(email)).and("passwordHash", passwordHash)
        .and("role", role).and("displayName", name), UserRepository::user);
  }

  public Future<Optional<User>> findByEmail(String email) {
    return Queries.optional(client, BY_EMAIL, Params.of("email", normalise(email)), UserRepository::user);
  }

  public Future<Optional<User>> findById(long userId) {
    return Queries.optional(client, BY_ID, Params.of("userId", userId), UserRepository::user);
  }

  public Future<Boolean> updateLastLogin(long userId, Instant at) {
    return Queries.applied(client, UPDATE_LAST_LOGIN, Params.of("userId", userId).and("at", at));
  }

  public Future<Boolean> setDisabled(long userId, boolean disabled) {
    return Queries.applied(client, SET_DISABLED, Params.of("userId", userId).and("disabled", disabled));
  }

  /**
   * Stores the user's encrypted TOTP secret; {@code null} turns the second factor off. {@code spentStep} is the
   * step of the code that proved the change, so that code cannot be used again.
   */
  public Future<Boolean> setTotpSecret(long userId, EncryptedSecret secret, long spentStep) {
    return Queries.applied(client, SET_TOTP, Params.of("userId", userId)
        .and("secret", secret == null ? null : secret.ciphertext())
        .and("keyId", secret == null ? null : secret.keyId()).and("step", spentStep));
  }

  /** Spends a TOTP step: false when this step or a later one was already used (a replayed code). */
  public Future<Boolean> spendTotpStep(long userId, long step) {
    return Queries.applied(client, SPEND_TOTP_STEP, Params.of("userId", userId).and("step", step));
  }

  public Future<Optional<EncryptedSecret>> loadTotpSecret(long userId) {
    return Queries.optional(client, LOAD_TOTP, Params.of("userId", userId),
        row -> new EncryptedSecret(Rows.bytes(row, "totp_secret"), row.getString("totp_key_id")));
  }

  /** Admin view, oldest account first. */
  public Future<Page<UserOverview>> list(PageRequest page) {
    return Page.fetch(client, OVERVIEW_PAGE, COUNT, Params.none(), page, row -> new UserOverview(
        user(row), row.getBoolean("running"), Rows.instant(row, "last_heartbeat"), row.getString("owner_node"),
        row.getInteger("error_count"), row.getString("last_error")));
  }

  private static String normalise(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  private static User user(Row row) {
    return new User(row.getLong("id"), row.getString("email"), row.getString("password_hash"),
        StoredAs.parse(Role.class, row.getString("role")), row.getString("display_name"), row.getBoolean("disabled"),
        row.getBoolean("totp_enabled"), Rows.instant(row, "created_at"), Rows.instant(row, "last_login_at"));
  }
}
