package in.neotrader.sql.settings;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import in.neotrader.sql.query.StoredAs;
import in.neotrader.sql.secrets.EncryptedSecret;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.Optional;

/**
 * Trade mode, broker credentials (encrypted) and broker session state. Only {@link #loadEncryptedCredentials}
 * and the key-rotation methods ever read the ciphertext.
 */
public final class UserSettingsRepository {
  private static final String SETTINGS = "SELECT user_id, trade_mode, broker_credentials IS NOT NULL AS saved, "
      + "broker_credentials_updated_at, broker_session_state, broker_session_checked_at, broker_seen_ip, "
      + "broker_seen_ip_at, broker_registered_ip FROM user_settings ";
  private static final String GET = SETTINGS + "WHERE user_id = #{userId}";
  // CHECK constraints judge an upsert's proposed row before the conflict, so an existing row is updated first.
  private static final String UPDATE_TRADE_MODE = "UPDATE user_settings SET trade_mode = #{mode}, updated_at = #{at} "
      + "WHERE user_id = #{userId}";
  private static final String SET_TRADE_MODE = """
      INSERT INTO user_settings (user_id, trade_mode, updated_at) VALUES (#{userId}, #{mode}, #{at})
      ON CONFLICT (user_id) DO UPDATE SET trade_mode = EXCLUDED.trade_mode, updated_at = EXCLUDED.updated_at""";
  private static final String SAVE_CREDENTIALS = """
      INSERT INTO user_settings (user_id, broker_credentials, broker_credentials_key_id, broker_credentials_updated_at,
        broker_session_state, updated_at)
      VALUES (#{userId}, #{ciphertext}, #{keyId}, #{at}, 'needs_login', #{at})
      ON CONFLICT (user_id) DO UPDATE SET broker_credentials = EXCLUDED.broker_credentials,
        broker_credentials_key_id = EXCLUDED.broker_credentials_key_id,
        broker_credentials_updated_at = EXCLUDED.broker_credentials_updated_at,
        broker_session_state = 'needs_login', updated_at = EXCLUDED.updated_at""";
  private static final String LOAD_CREDENTIALS = "SELECT broker_credentials, broker_credentials_key_id "
      + "FROM user_settings WHERE broker_credentials IS NOT NULL AND user_id = #{userId}";
  private static final String SESSION = """
      INSERT INTO user_settings (user_id, broker_session_state, broker_session_checked_at, updated_at)
      VALUES (#{userId}, #{state}, #{at}, #{at})
      ON CONFLICT (user_id) DO UPDATE SET broker_session_state = EXCLUDED.broker_session_state,
        broker_session_checked_at = EXCLUDED.broker_session_checked_at, updated_at = EXCLUDED.updated_at""";
  private static final String ADDRESSES = """
      INSERT INTO user_settings (user_id, broker_seen_ip, broker_seen_ip_at, broker_registered_ip, updated_at)
      VALUES (#{userId}, #{seen}, #{at}, #{registered}, #{at})
      ON CONFLICT (user_id) DO UPDATE SET broker_seen_ip = EXCLUDED.broker_seen_ip,
        broker_seen_ip_at = EXCLUDED.broker_seen_ip_at, broker_registered_ip = EXCLUDED.broker_registered_ip,
        updated_at = EXCLUDED.updated_at""";

  private final SqlClient client;

  public UserSettingsRepository(SqlClient client) {
    this.client = client;
  }

  public UserSettingsRepository forConnection(SqlClient connection) {
    return new UserSettingsRepository(connection);
  }

  public Future<UserSettings> get(long userId) {
    return Queries.optional(client, GET, Params.of("userId", userId), UserSettingsRepository::settings)
        .map(found -> found.orElseGet(() -> UserSettings.defaults(userId)));
  }

  /** Broker mode needs saved credentials first: otherwise {@code InvalidValue} (user_settings_check1). */
  public Future<Void> setTradeMode(long userId, TradeMode mode, Instant at) {
    Params params = Params.of("userId", userId).and("mode", mode).and("at", at);
    return Queries.applied(client, UPDATE_TRADE_MODE, params)
        .compose(updated -> updated ? Future.succeededFuture() : Queries.update(client, SET_TRADE_MODE, params))
        .mapEmpty();
  }

  /** New credentials need a fresh broker login, so the session state becomes needs_login. */
  public Future<Void> saveBrokerCredentials(long userId, EncryptedSecret credentials, Instant at) {
    return Queries.update(client, SAVE_CREDENTIALS, Params.of("userId", userId)
        .and("ciphertext", credentials.ciphertext()).and("keyId", credentials.keyId()).and("at", at)).mapEmpty();
  }

  /** Never the ciphertext: safe for the web layer. */
  public Future<CredentialsStatus> credentialsStatus(long userId) {
    return get(userId).map(settings -> new CredentialsStatus(settings.credentialsSaved(),
        settings.credentialsUpdatedAt()));
  }

  /** For the trading verticle only: the one place credentials are decrypted. */
  public Future<Optional<EncryptedSecret>> loadEncryptedCredentials(long userId) {
    return Queries.optional(client, LOAD_CREDENTIALS, Params.of("userId", userId), row -> new EncryptedSecret(
        Rows.bytes(row, "broker_credentials"), row.getString("broker_credentials_key_id")));
  }

  public Future<Void> setBrokerSessionState(long userId, BrokerSessionState state, Instant checkedAt) {
    return Queries.update(client, SESSION, Params.of("userId", userId).and("state", state).and("at", checkedAt))
        .mapEmpty();
  }

  /** The address Kotak saw at a login ({@code get-client-ip}) and the one the user registered, if given. */
  public Future<Void> setBrokerAddresses(long userId, String seen, Optional<String> registered, Instant at) {
    return Queries.update(client, ADDRESSES, Params.of("userId", userId).and("seen", seen)
        .and("registered", registered.orElse(null)).and("at", at)).mapEmpty();
  }

  private static UserSettings settings(Row r) {
    return new UserSettings(r.getLong("user_id"), StoredAs.parse(TradeMode.class, r.getString("trade_mode")),
        r.getBoolean("saved"), Rows.instant(r, "broker_credentials_updated_at"),
        StoredAs.parse(BrokerSessionState.class, r.getString("broker_session_state")),
        Rows.instant(r, "broker_session_checked_at"),
        new BrokerAddresses(Optional.ofNullable(r.getString("broker_seen_ip")), Rows.instant(r, "broker_seen_ip_at"),
            Optional.ofNullable(r.getString("broker_registered_ip"))));
  }
}
