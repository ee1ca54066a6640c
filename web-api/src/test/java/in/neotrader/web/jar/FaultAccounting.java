package in.neotrader.web.jar;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.tasks.TaskSchedule;
import in.neotrader.core.tasks.TradingTask;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a fault left behind, read from the database: orders placed twice, intents never settled, slots without a row
 * or run twice. A slot is accounted for by a row naming it: its run (success or failed), a late timer's skip, or a
 * "missed" row listing it.
 */
final class FaultAccounting {
  private static final String NOT_CUT_SHORT = "coalesce(reason, '') NOT LIKE 'lease lost%' "
      + "AND coalesce(reason, '') NOT LIKE 'service stopped before%'";
  private final DebianPostgres database;
  private final List<Long> users;
  private final TaskSchedule schedule;

  FaultAccounting(DebianPostgres database, List<Long> users, JsonObject taskSchedule) {
    this.database = database;
    this.users = users;
    this.schedule = TaskSchedule.forUser(NseCalendar.bundled(), taskSchedule);
  }

  /**
   * A trader's order for one symbol, side, day and task that reached the broker more than once: FAILED orders
   * (never accepted) do not count, their statuses are listed.
   */
  List<String> duplicateOrders() throws SQLException {
    return strings("SELECT user_id || ' ' || trading_day || ' ' || symbol || ' ' || side || ' ' || task || ' '"
        + " || string_agg(status || ':' || coalesce(status_reason, ''), ', ') FROM orders "
        + "GROUP BY user_id, trading_day, symbol, side, task HAVING count(*) FILTER (WHERE status <> 'FAILED') > 1");
  }

  /** Each trader's start and last run, as the next start reads them. */
  String serviceStarts() throws SQLException {
    return strings("SELECT s.user_id || ' started ' || s.started_at || ' stopped ' || coalesce(s.stopped_at::text, '-') "
        + "|| ' last run ' || (SELECT max(executed_at) FROM service_task_execution e WHERE e.user_id = s.user_id) "
        + "FROM service_status s ORDER BY 1").toString();
  }

  /** Intents written but never answered: NEW after every node stopped. */
  List<String> unsettledIntents() throws SQLException {
    return strings("SELECT user_id || ' ' || client_order_id FROM orders WHERE status = 'NEW'");
  }

  long failedWithoutReason() throws SQLException {
    return strings("SELECT id::text FROM orders WHERE status = 'FAILED' AND coalesce(status_reason, '') = ''").size();
  }

  /**
   * A slot with more than one run of one trader that went to its end (success or failed). A run cut short by a
   * lost lease or a stop (its writes fenced off, recorded with that reason) is not one: the slot's next owner runs
   * it, which is the point; the orders are checked separately for duplicates.
   */
  List<String> slotsRunTwice() throws SQLException {
    return strings("SELECT user_id || ' ' || task_name || ' ' || trading_day || ' ' || (details->>'slot') "
        + "FROM service_task_execution WHERE status IN ('success', 'failed') AND details->>'slot' IS NOT NULL "
        + "AND " + NOT_CUT_SHORT + " GROUP BY user_id, task_name, trading_day, details->>'slot' HAVING count(*) > 1");
  }

  /** Runs cut short by a lost lease or a stop, by task. */
  List<String> runsCutShort() throws SQLException {
    return strings("SELECT task_name || '=' || count(*) FROM service_task_execution WHERE status = 'failed' AND NOT "
        + NOT_CUT_SHORT + " GROUP BY task_name ORDER BY 1");
  }

  /** Each trader's slots in [from, to) of simulated time whose window had closed by {@code to}, with no row. */
  List<String> unaccountedSlots(LocalDateTime from, LocalDateTime to) throws SQLException {
    Map<Long, Set<String>> accounted = accounted();
    List<String> missing = new ArrayList<>();
    for (long user : users) {
      Set<String> rows = accounted.getOrDefault(user, Set.of());
      for (TradingTask task : TradingTask.values()) {
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
          for (LocalTime slot : schedule.rule(task).slots()) {
            LocalDateTime at = day.atTime(slot);
            boolean closed = schedule.rule(task).slotAt(to.toLocalTime()).filter(open -> open.equals(slot)
                && to.toLocalDate().equals(at.toLocalDate())).isEmpty();
            if (!at.isBefore(from) && at.isBefore(to) && closed
                && !rows.contains(task.stableName() + " " + day + " " + slot)) {
              missing.add(user + " " + task.stableName() + " " + day + " " + slot);
            }
          }
        }
      }
    }
    return missing;
  }

  /** The traders with a buy_orders run of {@code day} that succeeded. */
  long tradersWithASuccessfulBuyRun(LocalDate day) throws SQLException {
    try (Connection c = connect(); ResultSet rs = FaultCluster.query(c, "SELECT count(DISTINCT user_id) FROM "
        + "service_task_execution WHERE task_name = 'buy_orders' AND trading_day = ? AND status = 'success'", day)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The outcomes of the buy_orders runs of {@code day} (with the reason of any not successful), counted. */
  Map<String, Long> buyRunsOn(LocalDate day) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection c = connect(); ResultSet rs = FaultCluster.query(c, "SELECT status || coalesce(': ' || "
        + "CASE WHEN status <> 'success' THEN coalesce(reason, '') || ' ' || details END, ''), count(*) FROM "
        + "service_task_execution WHERE task_name = 'buy_orders' AND trading_day = ? GROUP BY 1", day)) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  String summary() throws SQLException {
    return "orders by task and status " + strings("SELECT task || '/' || status || '=' || count(*) FROM orders "
        + "GROUP BY task, status ORDER BY 1") + ", runs by status " + strings("SELECT status || '=' || count(*) "
        + "FROM service_task_execution GROUP BY status ORDER BY 1") + ", missed rows " + strings("SELECT task_name "
        + "|| ' ' || trading_day || ' ' || jsonb_array_length(details->'missedSlots') FROM service_task_execution "
        + "WHERE details->'missedSlots' IS NOT NULL AND user_id = " + users.get(0) + " ORDER BY 1");
  }

  private Map<Long, Set<String>> accounted() throws SQLException {
    Map<Long, Set<String>> out = new HashMap<>();
    try (Connection c = connect(); ResultSet rs = FaultCluster.query(c, "SELECT user_id, task_name, trading_day, "
        + "details FROM service_task_execution")) {
      while (rs.next()) {
        JsonObject details = new JsonObject(rs.getString(4));
        JsonArray slots = details.getJsonArray("missedSlots", new JsonArray());
        if (details.containsKey("slot")) {
          slots.add(details.getString("slot"));
        }
        Set<String> rows = out.computeIfAbsent(rs.getLong(1), u -> new HashSet<>());
        String taskAndDay = rs.getString(2) + " " + rs.getObject(3, LocalDate.class) + " ";
        slots.forEach(slot -> rows.add(taskAndDay + slot));
      }
    }
    return out;
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = connect(); ResultSet rs = FaultCluster.query(c, sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
  }
}
