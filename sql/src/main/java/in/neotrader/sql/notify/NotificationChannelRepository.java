package in.neotrader.sql.notify;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import in.neotrader.sql.secrets.EncryptedSecret;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The traders' notification channels, always scoped to their user. */
public final class NotificationChannelRepository {
  private static final String COLUMNS = "id, user_id, kind, label, sealed_config, key_id, events, created_at, "
      + "last_delivered_at";
  private static final String INSERT = "INSERT INTO notification_channels (user_id, kind, label, sealed_config, "
      + "key_id, events, created_at) VALUES (#{userId}, #{kind}, #{label}, #{sealed}, #{keyId}, #{events}, #{at}) "
      + "RETURNING " + COLUMNS;

  private final SqlClient client;

  public NotificationChannelRepository(SqlClient client) {
    this.client = client;
  }

  public Future<NotificationChannel> add(long userId, String kind, String label, EncryptedSecret sealed,
      List<String> events, Instant at) {
    return Queries.single(client, INSERT, Params.of("userId", userId).and("kind", kind).and("label", label)
        .and("sealed", sealed.ciphertext()).and("keyId", sealed.keyId()).and("events", events.toArray(String[]::new))
        .and("at", at), NotificationChannelRepository::channel);
  }

  public Future<List<NotificationChannel>> list(long userId) {
    return Queries.list(client, "SELECT " + COLUMNS + " FROM notification_channels WHERE user_id = #{userId} "
        + "ORDER BY id", Params.of("userId", userId), NotificationChannelRepository::channel);
  }

  public Future<Optional<NotificationChannel>> find(long userId, long channelId) {
    return Queries.optional(client, "SELECT " + COLUMNS + " FROM notification_channels WHERE user_id = #{userId} "
        + "AND id = #{id}", Params.of("userId", userId).and("id", channelId), NotificationChannelRepository::channel);
  }

  /** For the dispatcher, which delivers for every user. */
  public Future<Optional<NotificationChannel>> byId(long channelId) {
    return Queries.optional(client, "SELECT " + COLUMNS + " FROM notification_channels WHERE id = #{id}",
        Params.of("id", channelId), NotificationChannelRepository::channel);
  }

  /** Whether it was the user's; its undelivered messages go with it. */
  public Future<Boolean> remove(long userId, long channelId) {
    return Queries.applied(client, "DELETE FROM notification_channels WHERE user_id = #{userId} AND id = #{id}",
        Params.of("userId", userId).and("id", channelId));
  }

  private static NotificationChannel channel(Row r) {
    return new NotificationChannel(r.getLong("id"), r.getLong("user_id"), r.getString("kind"), r.getString("label"),
        new EncryptedSecret(Rows.bytes(r, "sealed_config"), r.getString("key_id")),
        Arrays.asList(r.getArrayOfStrings("events")), Rows.instant(r, "created_at"),
        Rows.instant(r, "last_delivered_at"));
  }
}
