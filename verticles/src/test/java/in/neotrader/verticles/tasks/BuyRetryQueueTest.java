package in.neotrader.verticles.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.SimulatedMarketData;
import in.neotrader.sql.paper.PaperAccountRepository;
import in.neotrader.verticles.engine.TradingEngine;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The failed-buy retry queue (TRADING_RULES §8) on the stepped simulated clock of a paper account. */
class BuyRetryQueueTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final LocalDate TUESDAY = MONDAY.plusDays(1);
  private static final String QUEUE = "SELECT id, client_order_id, symbol, quantity, placed_at, metadata, task "
      + "FROM orders WHERE user_id = $1 AND status = 'FAILED' AND status_reason = 'insufficient_balance' "
      + "ORDER BY symbol, id";

  @Test
  void aBuyShortOfCashIsQueuedWithTheLegacyFieldsAndPlacedByTheNextPremarketRetryOnce() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(15, 50))) {
      long user = fx.createUser("short@x.in");
      paperCash(fx, user, "1000");
      startService(fx.startEngine("node-a"), user);
      fx.runUntil(MONDAY.atTime(18, 30));

      List<Row> queued = fx.query(QUEUE, user);
      assertThat(queued).isNotEmpty();
      assertThat(EngineFixture.distinct(queued, "symbol")).hasSize(queued.size());
      for (Row r : queued) {
        JsonObject m = r.getJsonObject("metadata");
        assertThat(m.fieldNames()).contains("close", "qty", "required_cash", "shortfall", "reason", "first_failed_at",
            "retry_count", "execution_capital", "rsi10", "ema9", "ema200", "verdict");
        assertThat(m.getInteger("retry_count")).isZero();
        assertThat(m.getDouble("shortfall")).isPositive();
        assertThat(m.containsKey("expired")).as("still retryable after the 18:00 cleanup").isFalse();
        assertThat(r.getString("task")).isEqualTo("buy_orders");
      }

      fx.runUntil(TUESDAY.atTime(8, 30));
      fx.stopEngine();
      EngineFixture.await(fx.pool.preparedQuery("UPDATE paper_accounts SET available_cash = 10000000 WHERE user_id = $1")
          .execute(io.vertx.sqlclient.Tuple.of(user)));
      TradingEngine engine = fx.startEngine("node-a");
      startService(engine, user);
      fx.runUntil(TUESDAY.atTime(9, 5));
      // A second 09:00 run (an operator's manual run) finds the retries placed and places nothing more.
      runTaskNow(fx, user, "premarket_retry");

      List<Row> retries = fx.query("SELECT client_order_id, symbol, status, task FROM orders WHERE user_id = $1 "
          + "AND client_order_id LIKE '%-pr-B2-%' ORDER BY symbol", user);
      assertThat(retries).hasSize(queued.size());
      assertThat(retries).allSatisfy(r -> {
        assertThat(r.getString("status")).isEqualTo("AMO_PENDING");
        assertThat(r.getString("task")).isEqualTo("premarket_retry");
      });
      for (Row r : fx.query(QUEUE, user)) {
        JsonObject m = r.getJsonObject("metadata");
        assertThat(m.getBoolean("done")).isTrue();
        assertThat(retries.stream().map(x -> x.getString("client_order_id"))).contains(m.getString("retried_as"));
      }
      assertThat(fx.query("SELECT symbol FROM orders WHERE user_id = $1 AND side = 'BUY' AND status <> 'FAILED' "
          + "GROUP BY symbol HAVING count(*) > 1", user)).as("no symbol bought twice").isEmpty();

      fx.runUntil(TUESDAY.atTime(9, 20));
      assertThat(fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND client_order_id LIKE '%-pr-B2-%' "
          + "AND status = 'FILLED'", user).get(0).getLong(0)).isEqualTo(queued.size());
    }
  }

  @Test
  void stillShortRetriesAreCountedAndEntriesExpireAfterTheirWindowOneLiveEntryPerSymbol() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(15, 50))) {
      long user = fx.createUser("poor@x.in");
      paperCash(fx, user, "1000");
      startService(fx.startEngine("node-a"), user);
      fx.runUntil(TUESDAY.atTime(9, 5));

      List<Row> monday = fx.query(QUEUE, user);
      assertThat(monday).isNotEmpty().allSatisfy(r -> {
        assertThat(r.getJsonObject("metadata").getInteger("retry_count")).isEqualTo(1);
        assertThat(r.getJsonObject("metadata").getString("last_retry_attempt")).isNotNull();
      });

      fx.runUntil(TUESDAY.atTime(18, 30));

      for (Row r : fx.query(QUEUE, user)) {
        JsonObject m = r.getJsonObject("metadata");
        boolean failedMonday = r.getOffsetDateTime("placed_at").atZoneSameInstant(TradingClock.IST).toLocalDate()
            .equals(MONDAY);
        assertThat(m.getBoolean("expired", false)).as(r.getString("client_order_id")).isEqualTo(failedMonday);
      }
      assertThat(fx.query("SELECT symbol FROM orders WHERE user_id = $1 AND status = 'FAILED' "
          + "AND status_reason = 'insufficient_balance' AND NOT coalesce((metadata->>'expired')::boolean, false) "
          + "AND NOT coalesce((metadata->>'done')::boolean, false) GROUP BY symbol HAVING count(*) > 1", user))
          .isEmpty();
      assertThat(fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND status <> 'FAILED'", user).get(0)
          .getLong(0)).as("nothing was placed without cash").isZero();
    }
  }

  @Test
  void importedLegacyQueueEntriesAreRetriedAndDeadOnesLeftAlone() throws Exception {
    try (EngineFixture fx = new EngineFixture(TUESDAY.atTime(8, 0))) {
      long user = fx.createUser("legacy@x.in");
      List<String> universe = EngineFixture.await(new SimulatedMarketData(user, fx.calendar).universe(user))
          .symbols();
      String live = universe.get(0);
      String dead = universe.get(1);
      importLegacyEntry(fx, user, live, MONDAY.atTime(16, 5, 33), new JsonObject().put("close", 721.35)
          .put("retry_count", 0).put("verdict", "buy"));
      importLegacyEntry(fx, user, dead, MONDAY.minusDays(3).atTime(16, 5), new JsonObject().put("close", 100.0)
          .put("retry_count", 0).put("expired", true));
      startService(fx.startEngine("node-a"), user);
      fx.runUntil(TUESDAY.atTime(9, 5));

      List<Row> retried = fx.query("SELECT symbol, quantity, status FROM orders WHERE user_id = $1 "
          + "AND client_order_id LIKE '%-pr-B2-%'", user);
      assertThat(retried).singleElement().satisfies(r -> {
        assertThat(r.getString("symbol")).isEqualTo(live);
        assertThat(r.getInteger("quantity")).isEqualTo(5);
        assertThat(r.getString("status")).isEqualTo("AMO_PENDING");
      });
      JsonObject liveMeta = fx.query("SELECT metadata FROM orders WHERE user_id = $1 AND symbol = $2 "
          + "AND source = 'migrated'", user, live).get(0).getJsonObject(0);
      assertThat(liveMeta.getBoolean("done")).isTrue();
      JsonObject deadMeta = fx.query("SELECT metadata FROM orders WHERE user_id = $1 AND symbol = $2 "
          + "AND source = 'migrated'", user, dead).get(0).getJsonObject(0);
      assertThat(deadMeta.containsKey("done")).isFalse();
    }
  }

  private static void paperCash(EngineFixture fx, long user, String cash) throws Exception {
    EngineFixture.await(new PaperAccountRepository(fx.pool).create(user, new BigDecimal(cash), fx.clock.now()));
  }

  private static void startService(TradingEngine engine, long user) throws Exception {
    EngineFixture.await(engine.startService(user));
  }

  private static void runTaskNow(EngineFixture fx, long user, String task) throws Exception {
    long before = fx.query("SELECT count(*) FROM service_task_execution WHERE user_id = $1 AND task_name = $2",
        user, task).get(0).getLong(0);
    EngineFixture.await(fx.vertx.eventBus().request(in.neotrader.verticles.events.UserEvents.controlAddress(user),
        new JsonObject().put("action", "run-task").put("task", task)));
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (fx.query("SELECT count(*) FROM service_task_execution WHERE user_id = $1 AND task_name = $2", user, task)
        .get(0).getLong(0) == before && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  /** A legacy failed_orders row as the migration tool imports it (RetryQueue: FAILED buy, placed_at = first_failed_at). */
  private static void importLegacyEntry(EngineFixture fx, long user, String symbol, LocalDateTime firstFailedIst,
      JsonObject metadata) throws Exception {
    OffsetDateTime at = firstFailedIst.atZone(TradingClock.IST).toOffsetDateTime();
    fx.query("INSERT INTO orders (user_id, client_order_id, symbol, trading_symbol, side, quantity, order_type, "
        + "variety, status, status_reason, placed_at, source, metadata, legacy_ref) VALUES ($1, $2, $3, $4, 'BUY', 5, "
        + "'MARKET', 'AMO', 'FAILED', 'insufficient_balance', $5, 'migrated', $6, $2)", user,
        "legacy:live:failed_orders:" + symbol + "@" + at.toInstant(), symbol, symbol + "-EQ", at, metadata);
  }
}
