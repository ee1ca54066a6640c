package in.neotrader.verticles.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.marketdata.SimulatedMarketData;
import in.neotrader.core.marketdata.Universe;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.risk.HaltLevel;
import in.neotrader.sql.risk.TradingHaltRepository;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.marketdata.StoredMarketData;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.testing.FailingBroker;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The 08:45 readiness check on a stepped clock: a sound paper account is ready; a broker that is down, an empty
 * price store and a kill switch each make the day not ready, named in the check, logged as a warning and announced.
 */
class ReadinessCheckTest {

  private static final LocalDate TUESDAY = LocalDate.of(2025, 12, 23);

  @Test
  void eachFailingCheckIsNamedWithItsReasonAndTheSoundAccountIsReady() throws Exception {
    try (EngineFixture fx = new EngineFixture(TUESDAY.atTime(8, 30))) {
      long sound = fx.createUser("sound@x.in");
      long brokerDown = fx.createUser("down@x.in");
      long halted = fx.createUser("halted@x.in");
      fx.brokerOverrides.put(brokerDown, broker -> new FailingBroker());
      StoredMarketData emptyStore = new StoredMarketData(new DailyCandleReads(fx.pool), fx.calendar,
          userId -> Future.succeededFuture(new Universe(List.of("RELIANCE"), Map.of())));
      fx.marketData = userId -> userId == halted ? emptyStore : new SimulatedMarketData(userId, fx.calendar);
      EngineFixture.await(new TradingHaltRepository(fx.pool).set(Optional.of(halted), HaltLevel.USER,
          "stepping away for the day", false, Optional.empty(), fx.clock.now()));
      List<JsonObject> announced = new CopyOnWriteArrayList<>();
      for (long user : new long[] {sound, brokerDown, halted}) {
        fx.vertx.eventBus().<JsonObject>consumer(UserEvents.eventsAddress(user), m -> {
          if ("readiness.checked".equals(m.body().getString("type"))) {
            announced.add(m.body());
          }
        });
      }
      var engine = fx.startEngine("node-a");
      for (long user : new long[] {sound, brokerDown, halted}) {
        EngineFixture.await(engine.startService(user));
      }
      fx.runUntil(TUESDAY.atTime(8, 50));

      Map<String, JsonObject> soundChecks = checks(fx, sound);
      assertThat(details(fx, sound).getBoolean("ready")).isTrue();
      assertThat(soundChecks.values()).allSatisfy(c -> assertThat(c.getBoolean("ok")).as(c.encode()).isTrue());
      assertThat(soundChecks.get("market data").getString("message")).contains("prices of 2025-12-22 are in");

      assertThat(details(fx, brokerDown).getBoolean("ready")).isFalse();
      Map<String, JsonObject> down = checks(fx, brokerDown);
      assertThat(down.get("broker").getBoolean("ok")).isFalse();
      assertThat(down.get("broker").getString("message")).contains("broker down (test)");
      assertThat(down.get("funds").getBoolean("ok")).isFalse();
      assertThat(down.get("market data").getBoolean("ok")).isTrue();

      assertThat(details(fx, halted).getBoolean("ready")).isFalse();
      Map<String, JsonObject> stopped = checks(fx, halted);
      assertThat(stopped.get("kill switch").getBoolean("ok")).isFalse();
      assertThat(stopped.get("kill switch").getString("message")).contains("stepping away for the day");
      assertThat(stopped.get("market data").getBoolean("ok")).isFalse();
      assertThat(stopped.get("market data").getString("message")).contains("daily-candles").contains("2025-12-22");
      assertThat(stopped.get("broker").getBoolean("ok")).isTrue();

      for (long notReady : new long[] {brokerDown, halted}) {
        assertThat(fx.query("SELECT message FROM service_logs WHERE user_id = $1 AND level = 'WARN' "
            + "AND task = 'readiness_check'", notReady)).extracting(r -> r.getString("message"))
            .singleElement().satisfies(m -> assertThat(m).startsWith("NOT ready to trade: "));
      }
      assertThat(fx.query("SELECT count(*) FROM orders WHERE user_id IN ($1, $2, $3)", sound, brokerDown, halted)
          .get(0).getLong(0)).as("the check never trades").isZero();
      assertThat(announced).extracting(e -> e.getLong("userId")).containsExactlyInAnyOrder(sound, brokerDown, halted);
      assertThat(announced).allSatisfy(e -> assertThat(e.getJsonObject("data").getString("tradingDay"))
          .isEqualTo("2025-12-23"));
    }
  }

  private static JsonObject details(EngineFixture fx, long user) throws Exception {
    List<Row> runs = fx.query("SELECT status, details FROM service_task_execution WHERE user_id = $1 "
        + "AND task_name = 'readiness_check'", user);
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).getString("status")).as("a not-ready day is a verdict, not a failed run")
        .isEqualTo("success");
    return runs.get(0).getJsonObject("details");
  }

  private static Map<String, JsonObject> checks(EngineFixture fx, long user) throws Exception {
    Map<String, JsonObject> byName = new HashMap<>();
    JsonArray checks = details(fx, user).getJsonArray("checks");
    checks.forEach(c -> byName.put(((JsonObject) c).getString("name"), (JsonObject) c));
    assertThat(byName).containsOnlyKeys("trading day", "broker", "funds", "egress address", "market data",
        "kill switch");
    return byName;
  }
}
