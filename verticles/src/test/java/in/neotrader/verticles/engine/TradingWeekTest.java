package in.neotrader.verticles.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Three paper traders through the week of Christmas 2025 (Mon-Wed trading, Thu 25 holiday, Fri trading,
 * weekend), on a simulated clock stepped from one scheduled run to the next.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradingWeekTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final List<LocalDate> TRADING_DAYS = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2),
      MONDAY.plusDays(4));
  private EngineFixture fx;
  private long[] users;
  private final List<JsonObject> eventsOfFirst = new CopyOnWriteArrayList<>();

  @BeforeAll
  void runTheWeek() throws Exception {
    fx = new EngineFixture(MONDAY.atTime(8, 0));
    users = new long[] {fx.createUser("a@x.in"), fx.createUser("b@x.in"), fx.createUser("c@x.in")};
    fx.vertx.eventBus().<JsonObject>consumer(UserEvents.eventsAddress(users[0]), m -> eventsOfFirst.add(m.body()));
    TradingEngine engine = fx.startEngine("node-a");
    for (long user : users) {
      EngineFixture.await(engine.startService(user));
    }
    fx.runUntil(LocalDateTime.of(2025, 12, 28, 23, 0));
  }

  @AfterAll
  void close() throws Exception {
    fx.close();
  }

  @Test
  void onceADayTasksRunOnEachTradingDayAtTheirTime() throws Exception {
    Map<String, LocalTime> times = Map.of("readiness_check", LocalTime.of(8, 45), "premarket_retry", LocalTime.of(9, 0), "sell_orders", LocalTime.of(9, 15),
        "analysis", LocalTime.of(16, 0), "buy_orders", LocalTime.of(16, 5), "eod_cleanup", LocalTime.of(18, 0));
    for (long user : users) {
      for (var task : times.entrySet()) {
        List<Row> rows = fx.query("SELECT trading_day, executed_at, status FROM service_task_execution "
            + "WHERE user_id = $1 AND task_name = $2 AND status <> 'skipped' ORDER BY executed_at", user, task.getKey());
        assertEquals(TRADING_DAYS, rows.stream().map(r -> r.getLocalDate("trading_day")).toList(), task.getKey());
        for (Row r : rows) {
          assertEquals("success", r.getString("status"), task.getKey());
          assertEquals(task.getValue(), r.getOffsetDateTime("executed_at").atZoneSameInstant(TradingClock.IST)
              .toLocalTime(), task.getKey());
        }
      }
    }
  }

  @Test
  void intradayTasksRunEveryMinuteAndEveryHour() throws Exception {
    for (long user : users) {
      for (LocalDate day : TRADING_DAYS) {
        assertEquals(376, count("SELECT count(*) FROM service_task_execution WHERE user_id = $1 AND trading_day = $2 "
            + "AND task_name = 'sell_monitor' AND status = 'success'", user, day));
        assertEquals(7, count("SELECT count(*) FROM service_task_execution WHERE user_id = $1 AND trading_day = $2 "
            + "AND task_name = 'position_monitor' AND status = 'success'", user, day));
      }
      assertEquals(0, count("SELECT count(*) FROM service_task_execution WHERE user_id = $1 AND status = 'failed'",
          user));
    }
  }

  @Test
  void holidayAndWeekendAreSkippedWithTheirReason() throws Exception {
    for (long user : users) {
      assertEquals(TradingTask.values().length, count("SELECT count(*) FROM service_task_execution WHERE user_id = $1 "
          + "AND trading_day = '2025-12-25' AND status = 'skipped' AND reason = 'holiday'", user));
      assertEquals(2L * TradingTask.values().length, count("SELECT count(*) FROM service_task_execution WHERE user_id = $1 "
          + "AND trading_day IN ('2025-12-27', '2025-12-28') AND status = 'skipped' AND reason = 'weekend'", user));
      assertEquals(0, count("SELECT count(*) FROM service_task_execution WHERE user_id = $1 "
          + "AND trading_day IN ('2025-12-25', '2025-12-27', '2025-12-28') AND status <> 'skipped'", user));
    }
  }

  @Test
  void amoBuysFillAtTheNextSessionOpen() throws Exception {
    List<Row> buys = fx.query("SELECT o.trading_day, o.status, o.variety, f.filled_at FROM orders o "
        + "LEFT JOIN fills f ON f.order_id = o.id WHERE o.side = 'BUY' AND o.task = 'buy_orders'");
    assertTrue(buys.size() >= 3, "buy signals lead to AMO orders: " + buys.size());
    for (Row buy : buys) {
      assertEquals("AMO", buy.getString("variety"));
      LocalDate placed = buy.getLocalDate("trading_day");
      if (buy.getOffsetDateTime("filled_at") != null) {
        LocalDate nextSession = fx.calendar.nextTradingDay(placed);
        assertEquals(nextSession.atTime(9, 15), buy.getOffsetDateTime("filled_at")
            .atZoneSameInstant(TradingClock.IST).toLocalDateTime());
      }
    }
    assertTrue(buys.stream().anyMatch(b -> "FILLED".equals(b.getString("status"))));
  }

  @Test
  void positionsCashAndRealisedPnlAddUp() throws Exception {
    for (long user : users) {
      BigDecimal realisedPositions = decimal("SELECT coalesce(sum(realised_pnl), 0) FROM positions WHERE user_id = $1",
          user);
      BigDecimal realisedDays = decimal("SELECT coalesce(sum(realised), 0) FROM daily_pnl WHERE user_id = $1", user);
      assertEquals(0, realisedPositions.compareTo(realisedDays), "user " + user);
      BigDecimal cashFromFills = decimal("SELECT 100000 + coalesce(sum(CASE WHEN o.side = 'BUY' "
          + "THEN -(f.price * f.quantity + f.charges) ELSE f.price * f.quantity - f.charges END), 0) "
          + "FROM fills f JOIN orders o ON o.id = f.order_id WHERE f.user_id = $1", user);
      BigDecimal cash = decimal("SELECT available_cash FROM paper_accounts WHERE user_id = $1", user);
      assertEquals(0, cashFromFills.compareTo(cash), "user " + user);
      BigDecimal held = decimal("SELECT coalesce(sum(quantity), 0) FROM positions WHERE user_id = $1 "
          + "AND closed_at IS NULL", user);
      BigDecimal bought = decimal("SELECT coalesce(sum(CASE WHEN o.side = 'BUY' THEN f.quantity ELSE -f.quantity END), 0)"
          + " FROM fills f JOIN orders o ON o.id = f.order_id WHERE f.user_id = $1", user);
      assertEquals(0, held.compareTo(bought), "user " + user);
    }
  }

  @Test
  void exitsAreEma9LimitSellsThatCloseTheirCycle() throws Exception {
    List<Row> sells = fx.query("SELECT o.status, o.order_type, o.variety, o.task FROM orders o WHERE o.side = 'SELL'");
    assertTrue(!sells.isEmpty(), "open positions get EMA9 sells");
    for (Row s : sells) {
      assertEquals("LIMIT", s.getString("order_type"));
      assertEquals("REGULAR", s.getString("variety"));
      assertEquals("sell_orders", s.getString("task"));
    }
    List<Row> closed = fx.query("SELECT exit_reason FROM positions WHERE closed_at IS NOT NULL");
    closed.forEach(r -> assertEquals("EMA9_TARGET", r.getString("exit_reason")));
  }

  @Test
  void eventsFollowTheCommittedRowsInOrder() {
    List<String> types = eventsOfFirst.stream().map(e -> e.getString("type")).toList();
    assertTrue(types.contains("service.started"));
    int firstSignal = types.indexOf("signal.created");
    int firstPlaced = types.indexOf("order.placed");
    int firstFill = types.indexOf("order.filled");
    assertTrue(firstSignal >= 0 && firstPlaced > firstSignal && firstFill > firstPlaced, types.toString()
        .substring(0, Math.min(500, types.toString().length())));
    eventsOfFirst.forEach(e -> assertEquals(users[0], e.getLong("userId")));
  }

  @Test
  void eachTradingDayOpensWithAReadyCheckAndClosesWithASummary() throws Exception {
    for (long user : users) {
      List<Row> checks = fx.query("SELECT trading_day, details FROM service_task_execution WHERE user_id = $1 "
          + "AND task_name = 'readiness_check' AND status = 'success' ORDER BY trading_day", user);
      assertEquals(TRADING_DAYS, checks.stream().map(r -> r.getLocalDate("trading_day")).toList());
      for (Row r : checks) {
        JsonObject details = (JsonObject) r.getValue("details");
        assertEquals(true, details.getBoolean("ready"), details.encode());
        assertEquals(List.of("trading day", "broker", "funds", "egress address", "market data", "kill switch"),
            details.getJsonArray("checks").stream().map(c -> ((JsonObject) c).getString("name")).toList());
      }
    }
    List<JsonObject> summaries = eventsOfFirst.stream().filter(e -> "daily.summary".equals(e.getString("type")))
        .map(e -> e.getJsonObject("data")).toList();
    assertEquals(TRADING_DAYS.stream().map(LocalDate::toString).toList(),
        summaries.stream().map(d -> d.getString("tradingDay")).toList());
    BigDecimal realisedInWeek = summaries.stream().map(d -> new BigDecimal(String.valueOf(d.getValue("realised"))))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal ledger = decimal("SELECT coalesce(sum(realised), 0) FROM daily_pnl WHERE user_id = $1", users[0]);
    assertEquals(0, ledger.compareTo(realisedInWeek), "the summaries add up to the ledger");
    long placedInWeek = summaries.stream().mapToLong(d -> d.getJsonObject("orders").stream()
        .mapToLong(e -> ((Number) e.getValue()).longValue()).sum()).sum();
    assertEquals(count("SELECT count(*) FROM orders WHERE user_id = $1", users[0]), placedInWeek);
  }

  private long count(String sql, Object... params) throws Exception {
    return fx.query(sql, params).get(0).getLong(0);
  }

  private BigDecimal decimal(String sql, Object... params) throws Exception {
    Object v = fx.query(sql, params).get(0).getValue(0);
    return new BigDecimal(String.valueOf(v));
  }

  /** Orders could be left without the run that made them: each now names its run, and that run is recorded. */
  @Test
  void everyOrderNamesTheRunThatMadeItAndThatRunIsRecorded() throws Exception {
    long orders = fx.query("SELECT count(*) FROM orders").get(0).getLong(0);
    List<Row> unnamed = fx.query("SELECT o.client_order_id FROM orders o WHERE o.metadata->'run' IS NULL"
        + " OR NOT EXISTS (SELECT 1 FROM service_task_execution e WHERE e.user_id = o.user_id"
        + " AND e.task_name = o.metadata->'run'->>'task' AND e.trading_day = (o.metadata->'run'->>'tradingDay')::date"
        + " AND e.details->>'slot' = o.metadata->'run'->>'slot' AND e.task_name = o.task)");
    assertTrue(orders > 0, "the week placed orders");
    assertEquals(List.of(), unnamed.stream().map(r -> r.getString(0)).toList());
  }
}
