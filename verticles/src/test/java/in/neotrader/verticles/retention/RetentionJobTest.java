package in.neotrader.verticles.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.clock.SimulatedClock;
import in.neotrader.sql.retention.RetentionRepository.Kind;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Nothing ever deleted task runs (about 375 sell_monitor rows per user per day), logs or refresh tokens. The daily
 * sweep deletes each past its period, keeps everything younger, and never touches the trader's orders.
 */
class RetentionJobTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2026-12-07T21:00:00Z");

  @Test
  void eachKindIsDeletedPastItsPeriodAndTheRestIsKept() {
    long user = newUser();
    db.execute("INSERT INTO notification_channels (user_id, kind, label, sealed_config, key_id, events, created_at)"
        + " VALUES (" + user + ", 'webhook', 'hooks.example', '\\x00', 'k1', '{order.filled}', now())");
    for (String age : new String[] {"1 day", "89 days", "91 days", "400 days"}) {
      String at = "timestamptz '" + NOW + "' - interval '" + age + "'";
      db.execute("INSERT INTO service_task_execution (user_id, task_name, trading_day, executed_at, status) VALUES ("
          + user + ", 'sell_monitor', (" + at + ")::date, " + at + ", 'success')");
      db.execute("INSERT INTO service_logs (user_id, at, level, message) VALUES (" + user + ", " + at
          + ", 'INFO', 'x')");
      db.execute("INSERT INTO refresh_tokens (user_id, family_id, token_hash, issued_at, expires_at) VALUES (" + user
          + ", gen_random_uuid(), md5(random()::text), " + at + " - interval '30 days', " + at + ")");
      db.execute("INSERT INTO notification_outbox (channel_id, user_id, kind, payload, created_at, next_attempt_at,"
          + " delivered_at) SELECT id, " + user + ", 'order.filled', '{}', " + at + ", " + at + ", " + at
          + " FROM notification_channels");
      db.execute("INSERT INTO audit_log (actor_user_id, action, at) VALUES (" + user + ", 'auth.login', " + at + ")");
      db.execute("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, order_type, variety, status,"
          + " placed_at, source) VALUES (" + user + ", md5(random()::text), 'ITC', 'BUY', 1, 'MARKET', 'AMO', 'FILLED', "
          + at + ", 'paper')");
    }
    // A notification still waiting is never a delivered one, whatever its age.
    db.execute("INSERT INTO notification_outbox (channel_id, user_id, kind, payload, created_at, next_attempt_at)"
        + " SELECT id, " + user + ", 'order.filled', '{}', timestamptz '" + NOW + "' - interval '400 days', now()"
        + " FROM notification_channels");

    RetentionJob job = new RetentionJob(vertx, pool, RetentionSettings.fromConfig(new JsonObject()),
        SimulatedClock.frozenAt(NOW));
    Optional<Map<Kind, Long>> deleted = await(job.sweep());

    assertThat(deleted).contains(Map.of(Kind.TASK_RUNS, 2L, Kind.SERVICE_LOGS, 3L, Kind.REFRESH_TOKENS, 3L,
        Kind.DELIVERED_NOTIFICATIONS, 3L, Kind.AUDIT, 0L));
    assertThat(count("service_task_execution")).isEqualTo(2);
    assertThat(count("service_logs")).isEqualTo(1);
    assertThat(count("refresh_tokens")).as("only the one expired a day ago (7 days of grace)").isEqualTo(1);
    assertThat(count("notification_outbox")).as("the undelivered one and the day-old one").isEqualTo(2);
    assertThat(count("audit_log")).isEqualTo(4);
    assertThat(count("orders")).as("the trader's records stay").isEqualTo(4);
    assertThat(await(job.sweep())).contains(Map.of(Kind.TASK_RUNS, 0L, Kind.SERVICE_LOGS, 0L, Kind.REFRESH_TOKENS,
        0L, Kind.DELIVERED_NOTIFICATIONS, 0L, Kind.AUDIT, 0L));
  }

  @Test
  void periodsAreConfigurableAndABadOneIsNamed() {
    RetentionSettings settings = RetentionSettings.fromConfig(new JsonObject().put("RETENTION_LOGS_DAYS", "7")
        .put("RETENTION_AT", "03:15"));
    assertThat(settings.days().get(Kind.SERVICE_LOGS)).isEqualTo(7);
    assertThat(settings.days().get(Kind.AUDIT)).isEqualTo(3650);
    assertThat(settings.at()).hasToString("03:15");
    assertThatThrownBy(() -> RetentionSettings.fromConfig(new JsonObject().put("RETENTION_TASK_RUNS_DAYS", "1")))
        .hasMessage("RETENTION_TASK_RUNS_DAYS must be a number of days from 2 to 99999, got '1'");
    assertThatThrownBy(() -> RetentionSettings.fromConfig(new JsonObject().put("RETENTION_AT", "late")))
        .hasMessageStartingWith("RETENTION_AT must be an IST time");
  }

  private long count(String table) {
    return await(pool.query("SELECT count(*) FROM " + table).execute()).iterator().next().getLong(0);
  }
}
