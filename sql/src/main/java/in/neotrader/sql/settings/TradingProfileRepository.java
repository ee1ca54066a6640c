package in.neotrader.sql.settings;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.UserBatches;
import in.neotrader.sql.query.Rows;
import in.neotrader.sql.secrets.EncryptedSecret;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.util.Optional;

/** Reads a user's settings and trading config in one query, for the trading service of that user. */
public final class TradingProfileRepository {
  // Users without settings rows trade paper with the defaults; nulls are dropped so the core defaults apply.
  private static final String LOAD = """
      SELECT u.id, u.id AS user_id, coalesce(s.trade_mode, 'paper') AS trade_mode, s.broker_credentials, s.broker_credentials_key_id,
        coalesce(jsonb_strip_nulls(to_jsonb(c) - 'user_id' - 'updated_at' - 'migration_batch_id' - 'paper_settings'),
          '{}'::jsonb) AS config
      FROM users u
      LEFT JOIN user_settings s ON s.user_id = u.id
      LEFT JOIN user_trading_config c ON c.user_id = u.id
      WHERE u.id = ANY(#{userIds})""";

  private final SqlClient client;

  public TradingProfileRepository(SqlClient client) {
    this.client = client;
  }

  /** Empty when the user does not exist. */
  public Future<Optional<TradingProfile>> load(long userId) {
    return UserBatches.list(client, LOAD, userId, Params.none(), TradingProfileRepository::profile)
        .map(rows -> rows.stream().findFirst());
  }

  private static TradingProfile profile(Row r) {
    byte[] secret = Rows.bytes(r, "broker_credentials");
    Optional<EncryptedSecret> credentials = secret == null ? Optional.empty()
        : Optional.of(new EncryptedSecret(secret, r.getString("broker_credentials_key_id")));
    Object config = r.getValue("config");
    return new TradingProfile(r.getLong("id"), r.getString("trade_mode"), credentials,
        config instanceof JsonObject json ? json : new JsonObject(String.valueOf(config)));
  }
}
