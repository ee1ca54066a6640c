package in.neotrader.sql.notify;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each event of a run queued its notifications with a statement of its own (six per trader in the 09:15 burst,
 * most for traders with no channel at all): a run's events now go in one statement, in their order.
 */
class NotificationOutboxTest extends DatabaseTest {
  private static final Instant AT = Instant.parse("2025-12-23T03:45:00Z");

  @Test
  void aRunsEventsAreQueuedTogetherInTheirOrderForTheChannelsThatChoseThem() {
    long user = newUser();
    long other = newUser();
    long fills = channel(user, "order.filled");
    channel(user, "order.placed", "order.filled");
    channel(other, "order.placed", "order.filled");
    NotificationOutbox outbox = new NotificationOutbox(pool);

    int queued = await(outbox.enqueueAll(user, List.of(notice("order.placed", "TCS"), notice("order.filled", "TCS"),
        notice("task.failed", "TCS"), notice("order.filled", "INFY"))));

    assertThat(queued).isEqualTo(5);
    List<String> rows = new ArrayList<>();
    await(pool.preparedQuery("SELECT channel_id, kind, payload FROM notification_outbox WHERE user_id = $1 "
        + "ORDER BY id").execute(Tuple.of(user))).forEach(r -> rows.add((r.getLong(0) == fills ? "fills" : "all")
        + " " + r.getString(1) + " " + ((JsonObject) r.getValue(2)).getString("symbol")));
    assertThat(rows).containsExactly("all order.placed TCS", "fills order.filled TCS", "all order.filled TCS",
        "fills order.filled INFY", "all order.filled INFY");
    assertThat(await(pool.preparedQuery("SELECT count(*) FROM notification_outbox WHERE user_id = $1")
        .execute(Tuple.of(other))).iterator().next().getLong(0)).as("another trader's channels").isZero();
  }

  @Test
  void theNoticesOfManyTradersQueuedAtOnceEachReachOnlyTheirOwnChannelsInOrder() {
    List<Long> users = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      long user = newUser();
      users.add(user);
      if (i % 2 == 0) {
        channel(user, "order.placed");
      }
    }
    NotificationOutbox outbox = new NotificationOutbox(pool);

    List<Future<Integer>> queued = new ArrayList<>();
    for (long user : users) {
      queued.add(outbox.enqueueAll(user, List.of(notice("order.placed", "A" + user), notice("order.placed",
          "B" + user))));
    }

    for (int i = 0; i < users.size(); i++) {
      long user = users.get(i);
      assertThat(await(queued.get(i))).isEqualTo(i % 2 == 0 ? 2 : 0);
      List<String> symbols = new ArrayList<>();
      await(pool.preparedQuery("SELECT payload FROM notification_outbox WHERE user_id = $1 ORDER BY id")
          .execute(Tuple.of(user))).forEach(r -> symbols.add(((JsonObject) r.getValue(0)).getString("symbol")));
      assertThat(symbols).isEqualTo(i % 2 == 0 ? List.of("A" + user, "B" + user) : List.of());
    }
  }

  private long channel(long user, String... events) {
    return await(pool.preparedQuery("INSERT INTO notification_channels (user_id, kind, label, sealed_config, key_id, "
        + "events, created_at) VALUES ($1, 'webhook', 'hooks.example.in', '\\x00'::bytea, 'k1', $2, now()) "
        + "RETURNING id").execute(Tuple.tuple().addLong(user).addArrayOfString(events))).iterator().next().getLong(0);
  }

  private static NotificationOutbox.Notice notice(String kind, String symbol) {
    return new NotificationOutbox.Notice(kind, new JsonObject().put("symbol", symbol), AT);
  }
}
