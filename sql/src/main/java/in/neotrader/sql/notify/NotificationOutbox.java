package in.neotrader.sql.notify;

import in.neotrader.sql.query.Coalescer;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import in.neotrader.sql.query.UserBatches;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The durable outbox of notifications. Each channel's messages leave in order: only the oldest undelivered message
 * of a channel is ever due, and a node delivers it only after claiming it (a lease), so two nodes never send it at
 * once. A Telegram chat gets at most one message per {@code telegramGap}.
 */
public final class NotificationOutbox {
  // The events of one run in one statement, in their order (ids follow it: each channel's messages leave in order).
  private static final String ENQUEUE_ALL = """
      INSERT INTO notification_outbox (channel_id, user_id, kind, payload, created_at, next_attempt_at)
      SELECT c.id, c.user_id, e.kind, e.payload::jsonb, e.at, e.at
      FROM unnest(#{users}::bigint[], #{kinds}::text[], #{payloads}::text[], #{ats}::timestamptz[]) WITH ORDINALITY
        AS e(user_id, kind, payload, at, n)
      JOIN notification_channels c ON c.user_id = e.user_id AND e.kind = ANY(c.events)
      ORDER BY e.n, c.id
      RETURNING user_id""";
  private static final String CHANNEL_KINDS = "SELECT user_id, events FROM notification_channels "
      + "WHERE user_id = ANY(#{userIds})";
  private static final String ENQUEUE_TEST = """
      INSERT INTO notification_outbox (channel_id, user_id, kind, payload, created_at, next_attempt_at)
      SELECT id, user_id, 'test', #{payload}, #{at}, #{at} FROM notification_channels
      WHERE user_id = #{userId} AND id = #{channelId}""";
  private static final String DUE = """
      SELECT o.id, o.channel_id, o.user_id, o.kind, o.payload, o.created_at, o.attempts
      FROM notification_outbox o JOIN notification_channels c ON c.id = o.channel_id
      WHERE o.delivered_at IS NULL AND o.next_attempt_at <= #{now}
        AND (o.lease_until IS NULL OR o.lease_until < #{now})
        AND NOT EXISTS (SELECT 1 FROM notification_outbox e
                        WHERE e.channel_id = o.channel_id AND e.delivered_at IS NULL AND e.id < o.id)
        AND (c.kind <> 'telegram' OR c.last_delivered_at IS NULL OR c.last_delivered_at <= #{telegramSince})
      ORDER BY o.id LIMIT #{limit}""";
  private static final String CLAIM = """
      UPDATE notification_outbox SET lease_until = #{until}, attempts = attempts + 1
      WHERE id = #{id} AND delivered_at IS NULL AND (lease_until IS NULL OR lease_until < #{now})""";
  private static final String DELIVERED = """
      WITH sent AS (UPDATE notification_outbox SET delivered_at = #{at}, lease_until = NULL, last_error = NULL
                    WHERE id = #{id} RETURNING channel_id)
      UPDATE notification_channels SET last_delivered_at = #{at} WHERE id = (SELECT channel_id FROM sent)""";
  private static final String FAILED = "UPDATE notification_outbox SET lease_until = NULL, last_error = #{error}, "
      + "next_attempt_at = #{next} WHERE id = #{id}";

  private static final int MAX_USERS = 500;
  private static final int MAX_IN_FLIGHT = 2;
  private static final Map<Pool, Coalescer<Queued, Integer>> BY_POOL = Collections.synchronizedMap(new WeakHashMap<>());

  private record Queued(long userId, List<Notice> notices) {}

  private final SqlClient client;

  public NotificationOutbox(SqlClient client) {
    this.client = client;
  }

  /** A notification to queue: its kind, the event's envelope and when it happened. */
  public record Notice(String kind, JsonObject payload, Instant at) {}

  /**
   * One message per channel of the user that chose each notice's kind, in the notices' order, in one statement
   * (with the notices of other users queued at the same moment); how many messages.
   */
  public Future<Integer> enqueueAll(long userId, List<Notice> notices) {
    if (notices.isEmpty()) {
      return Future.succeededFuture(0);
    }
    // Only notices some channel of the user chose are encoded and sent: most runs of a burst have none (the kinds
    // are read in one statement for many users, far cheaper than encoding every order of the burst for nothing).
    return UserBatches.list(client, CHANNEL_KINDS, userId, Params.none(), r -> r.getArrayOfStrings("events"))
        .compose(channels -> {
          Set<String> chosen = new HashSet<>();
          channels.forEach(kinds -> chosen.addAll(Arrays.asList(kinds)));
          List<Notice> wanted = notices.stream().filter(n -> chosen.contains(n.kind())).toList();
          if (wanted.isEmpty()) {
            return Future.succeededFuture(0);
          }
          Queued queued = new Queued(userId, wanted);
          return client instanceof Pool pool
              ? BY_POOL.computeIfAbsent(pool, p -> new Coalescer<>(all -> enqueue(p, all), MAX_USERS, MAX_IN_FLIGHT))
                  .submit(queued)
              : enqueue(client, List.of(queued)).compose(counts -> counts.get(0));
        });
  }

  /** The notices of several users (a burst's runs ending together) in one statement, each user's in order. */
  private static Future<List<Future<Integer>>> enqueue(SqlClient client, List<Queued> all) {
    List<Long> users = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<String> payloads = new ArrayList<>();
    List<OffsetDateTime> ats = new ArrayList<>();
    for (Queued q : all) {
      for (Notice n : q.notices()) {
        users.add(q.userId());
        kinds.add(n.kind());
        payloads.add(n.payload().encode());
        ats.add(n.at().atOffset(ZoneOffset.UTC));
      }
    }
    return Queries.list(client, ENQUEUE_ALL, Params.of("users", users.toArray(Long[]::new))
        .and("kinds", kinds.toArray(String[]::new)).and("payloads", payloads.toArray(String[]::new))
        .and("ats", ats.toArray(OffsetDateTime[]::new)), row -> row.getLong("user_id")).map(queuedFor -> {
          Map<Long, Integer> counts = new HashMap<>();
          queuedFor.forEach(u -> counts.merge(u, 1, Integer::sum));
          return all.stream().map(q -> Future.succeededFuture(counts.getOrDefault(q.userId(), 0))).toList();
        });
  }

  /** The "send test" action: one test message on that channel, if it is the user's. */
  public Future<Boolean> enqueueTest(long userId, long channelId, JsonObject payload, Instant at) {
    return Queries.applied(client, ENQUEUE_TEST, Params.of("userId", userId).and("channelId", channelId)
        .and("payload", payload).and("at", at));
  }

  public Future<List<OutboxMessage>> due(Instant now, Duration telegramGap, int limit) {
    return Queries.list(client, DUE, Params.of("now", now).and("telegramSince", now.minus(telegramGap))
        .and("limit", limit), NotificationOutbox::message);
  }

  /** Whether this node may deliver it until {@code until}. */
  public Future<Boolean> claim(long id, Instant now, Instant until) {
    return Queries.applied(client, CLAIM, Params.of("id", id).and("now", now).and("until", until));
  }

  public Future<Void> delivered(long id, Instant at) {
    return Queries.update(client, DELIVERED, Params.of("id", id).and("at", at)).mapEmpty();
  }

  public Future<Void> failed(long id, String error, Instant nextAttempt) {
    return Queries.update(client, FAILED, Params.of("id", id).and("error", error).and("next", nextAttempt))
        .mapEmpty();
  }

  private static OutboxMessage message(Row r) {
    return new OutboxMessage(r.getLong("id"), r.getLong("channel_id"), r.getLong("user_id"), r.getString("kind"),
        r.getJsonObject("payload"), Rows.instant(r, "created_at"), r.getInteger("attempts"));
  }
}
