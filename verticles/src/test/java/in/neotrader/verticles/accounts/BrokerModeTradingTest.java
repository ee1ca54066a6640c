package in.neotrader.verticles.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import in.neotrader.verticles.broker.kotak.KotakCredentials;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Broker-mode users trade at a real-protocol Kotak fake: AMO buys placed once, filled, booked; sessions renewed. */
class BrokerModeTradingTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void captureLogs() {
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    root.detachAppender(logs);
  }

  @Test
  void amoBuysArePlacedOnceEvenWhenAnAnswerIsLostThenFilledAndBookedAcrossASessionExpiry() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      long user = b.brokerUser("kotak@x.in", BrokerModeFixture.ACCOUNT);
      List<JsonObject> sessionEvents = sessionEvents(b, user);
      b.fake.setCash(new BigDecimal("5000000"));
      b.fake.faults().dropResponses(FakeEndpoint.PLACE, 1);
      EngineFixture.await(b.fx.startEngine("node-a").startService(user));

      b.fx.runUntil(MONDAY.atTime(16, 10));

      List<Row> buys = b.fx.query("SELECT status, broker_order_id, source FROM orders WHERE user_id = $1 "
          + "AND side = 'BUY' AND status <> 'FAILED'", user);
      assertThat(buys).isNotEmpty();
      assertThat(buys).allSatisfy(r -> {
        assertThat(r.getString("status")).isEqualTo("AMO_PENDING");
        assertThat(r.getString("source")).isEqualTo("live");
      });
      assertThat(b.fake.placements()).as("one order at Kotak per intent, the lost answer included")
          .isEqualTo(buys.size()).isEqualTo(b.fake.calls(FakeEndpoint.PLACE));
      assertThat(EngineFixture.distinct(buys, "broker_order_id")).hasSize(buys.size())
          .containsExactlyInAnyOrderElementsOf(b.fake.orders().stream().map(o -> o.getString("nOrdNo")).toList());
      assertThat(sessionEvents).extracting(e -> e.getJsonObject("data").getString("state")).containsExactly("valid");
      assertThat(sessionState(b, user)).isEqualTo("valid");

      b.fake.fillAll(new BigDecimal("101.50"));
      b.fake.expireSessions();
      b.fx.runUntil(MONDAY.plusDays(1).atTime(9, 5));

      // Kotak's days are wall-clock days (KotakSessionHygieneTest covers the daily login), not the stepped ones.
      assertThat(b.fake.sessionsOpened()).as("a fresh login after the expiry (Monday's 18:00 clean-up)")
          .isEqualTo(2);
      assertThat(b.fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND side = 'BUY' AND status = 'FILLED'",
          user).get(0).getLong(0)).isEqualTo(buys.size());
      assertThat(b.fx.query("SELECT count(*) FROM fills WHERE user_id = $1 AND price = 101.50", user).get(0)
          .getLong(0)).isEqualTo(buys.size());
      assertThat(b.fx.query("SELECT count(*) FROM positions WHERE user_id = $1 AND closed_at IS NULL", user).get(0)
          .getLong(0)).isEqualTo(buys.size());
      assertThat(b.fake.placements()).isEqualTo(buys.size());
      assertNoSecretLogged(BrokerModeFixture.ACCOUNT);
    }
  }

  @Test
  void wrongCredentialsNeedALoginAndFailOnlyThatUsersTasksUntilTheUserLogsInAgain() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      KotakCredentials wrongMpin = new KotakCredentials(BrokerModeFixture.ACCOUNT.accessToken(),
          BrokerModeFixture.ACCOUNT.mobileNumber(), BrokerModeFixture.ACCOUNT.ucc(), "111111",
          BrokerModeFixture.ACCOUNT.totpSecret());
      long broker = b.brokerUser("wrong@x.in", wrongMpin);
      long paper = b.fx.createUser("paper@x.in");
      List<JsonObject> sessionEvents = sessionEvents(b, broker);
      var engine = b.fx.startEngine("node-a");
      EngineFixture.await(engine.startService(broker));
      EngineFixture.await(engine.startService(paper));

      b.fx.runUntil(MONDAY.atTime(16, 10));

      assertThat(sessionState(b, broker)).isEqualTo("needs_login");
      assertThat(taskStatus(b, broker, "buy_orders")).isEqualTo("failed");
      assertThat(taskStatus(b, paper, "buy_orders")).isEqualTo("success");
      assertThat(b.fake.calls(FakeEndpoint.VALIDATE)).as("a refused MPIN is not tried again and again").isEqualTo(1);
      assertThat(b.fake.placements()).isZero();

      b.saveCredentials(broker, BrokerModeFixture.ACCOUNT);
      EngineFixture.await(b.fx.vertx.eventBus().request(UserEvents.controlAddress(broker),
          new JsonObject().put("action", "broker-login")));

      assertThat(awaitSessionState(b, broker, "valid")).isEqualTo("valid");
      assertThat(sessionEvents).extracting(e -> e.getJsonObject("data").getString("state"))
          .containsExactly("needs_login", "valid");
      assertNoSecretLogged(BrokerModeFixture.ACCOUNT);
      assertNoSecretLogged(wrongMpin);
    }
  }

  private static List<JsonObject> sessionEvents(BrokerModeFixture b, long user) {
    List<JsonObject> events = new CopyOnWriteArrayList<>();
    b.fx.vertx.eventBus().<JsonObject>consumer(UserEvents.eventsAddress(user), m -> {
      if (BrokerSessionReport.EVENT.equals(m.body().getString("type"))) {
        events.add(m.body());
      }
    });
    return events;
  }

  private static String sessionState(BrokerModeFixture b, long user) throws Exception {
    return b.fx.query("SELECT broker_session_state FROM user_settings WHERE user_id = $1", user).get(0).getString(0);
  }

  /** The login runs on the user's verticle after the command is accepted: wait for its HTTP calls, not a schedule. */
  private static String awaitSessionState(BrokerModeFixture b, long user, String expected) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    String state = sessionState(b, user);
    while (!expected.equals(state) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      state = sessionState(b, user);
    }
    return state;
  }

  private static String taskStatus(BrokerModeFixture b, long user, String task) throws Exception {
    return b.fx.query("SELECT status FROM service_task_execution WHERE user_id = $1 AND task_name = $2 "
        + "AND status <> 'skipped' ORDER BY executed_at DESC LIMIT 1", user, task).get(0).getString(0);
  }

  private void assertNoSecretLogged(KotakCredentials credentials) {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent e : logs.list) {
      lines.add(e.getFormattedMessage());
      for (var t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        lines.add(t.getMessage());
      }
    }
    assertThat(lines).isNotEmpty();
    for (String secret : List.of(credentials.accessToken(), credentials.mpin(), credentials.totpSecret(),
        credentials.mobileNumber())) {
      assertThat(lines).noneMatch(line -> line != null && line.contains(secret));
    }
  }
}
