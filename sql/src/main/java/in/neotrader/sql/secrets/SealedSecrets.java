package in.neotrader.sql.secrets;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;

/**
 * Every secret the service keeps sealed, for key rotation: broker credentials, TOTP secrets and notification
 * channels. A replacement swaps in only over what was read, so a secret saved meanwhile wins over the rotation.
 */
public final class SealedSecrets {

  /** Where a sealed secret lives; each is opened under its own context (see the web API's Sealing). */
  public enum Place { BROKER_CREDENTIALS, TOTP_SECRET, NOTIFICATION_CHANNEL }

  /** @param rowId the user id for the first two places, the channel id for a notification channel */
  public record Sealed(Place place, long rowId, long userId, EncryptedSecret secret) {}

  private static final String NOT_UNDER = """
      SELECT 'BROKER_CREDENTIALS' AS place, user_id AS row_id, user_id, broker_credentials AS sealed,
        broker_credentials_key_id AS key_id
      FROM user_settings WHERE broker_credentials IS NOT NULL AND broker_credentials_key_id <> #{keyId}
      UNION ALL SELECT 'TOTP_SECRET', id, id, totp_secret, totp_key_id
      FROM users WHERE totp_secret IS NOT NULL AND totp_key_id <> #{keyId}
      UNION ALL SELECT 'NOTIFICATION_CHANNEL', id, user_id, sealed_config, key_id
      FROM notification_channels WHERE key_id <> #{keyId}
      ORDER BY place, row_id""";
  private static final String BROKER = "UPDATE user_settings SET broker_credentials = #{ciphertext}, "
      + "broker_credentials_key_id = #{keyId}, updated_at = #{at} WHERE user_id = #{rowId} "
      + "AND broker_credentials = #{oldCiphertext} AND broker_credentials_key_id = #{oldKeyId}";
  private static final String TOTP = "UPDATE users SET totp_secret = #{ciphertext}, totp_key_id = #{keyId} "
      + "WHERE id = #{rowId} AND totp_secret = #{oldCiphertext} AND totp_key_id = #{oldKeyId}";
  private static final String CHANNEL = "UPDATE notification_channels SET sealed_config = #{ciphertext}, "
      + "key_id = #{keyId} WHERE id = #{rowId} AND sealed_config = #{oldCiphertext} AND key_id = #{oldKeyId}";

  private final SqlClient client;

  public SealedSecrets(SqlClient client) {
    this.client = client;
  }

  /** The secrets sealed under any other key than {@code keyId}. */
  public Future<List<Sealed>> notUnder(String keyId) {
    return Queries.list(client, NOT_UNDER, Params.of("keyId", keyId), SealedSecrets::sealed);
  }

  /** Swaps the re-sealed secret in; false when it changed since {@code old} was read. */
  public Future<Boolean> replace(Sealed old, EncryptedSecret replacement, Instant at) {
    String sql = switch (old.place()) {
      case BROKER_CREDENTIALS -> BROKER;
      case TOTP_SECRET -> TOTP;
      case NOTIFICATION_CHANNEL -> CHANNEL;
    };
    return Queries.applied(client, sql, Params.of("rowId", old.rowId())
        .and("oldCiphertext", old.secret().ciphertext()).and("oldKeyId", old.secret().keyId())
        .and("ciphertext", replacement.ciphertext()).and("keyId", replacement.keyId()).and("at", at));
  }

  private static Sealed sealed(Row r) {
    return new Sealed(Place.valueOf(r.getString("place")), r.getLong("row_id"), r.getLong("user_id"),
        new EncryptedSecret(Rows.bytes(r, "sealed"), r.getString("key_id")));
  }
}
