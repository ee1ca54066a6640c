package in.neotrader.verticles.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.broker.kotak.KotakRoute;
import in.neotrader.verticles.broker.kotak.fake.FakeEgressProxy;
import in.neotrader.verticles.broker.kotak.fake.FakeRequest;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.testing.LoopbackCertificate;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each user's Kotak calls leave by that user's route (KOTAK_NEO §10): one household through its egress proxy, a
 * CONNECT tunnel to the fake served over HTTPS (the fake sees 127.0.0.2), another from the server's own address (127.0.0.1); and when Kotak refuses an
 * address (100008), only that user's orders pause, with a message that says what to do.
 */
class BrokerModeEgressTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final String EGRESS = "127.0.0.2";
  private static final String SERVER = "127.0.0.1";

  @Test
  void oneUsersCallsGoThroughItsProxyAndAnothersDirectAndKotakSeesEachFromItsAddress() throws Exception {
    LoopbackCertificate tls = LoopbackCertificate.create();
    tls.trustedWhile(() -> {
      proxiedAndDirectOverHttps(tls);
      return null;
    });
  }

  /** Over HTTPS as to the real Kotak: the proxied user's calls go through CONNECT tunnels. */
  private static void proxiedAndDirectOverHttps(LoopbackCertificate tls) throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50), Optional.of(tls))) {
      assertThat(b.fake.loginUrl()).startsWith("https://");
      FakeEgressProxy proxy = EngineFixture.await(FakeEgressProxy.start(b.fx.vertx, EGRESS, "household", "p@ss:w0rd"));
      long proxied = b.brokerUser("proxied@x.in", BrokerModeFixture.ACCOUNT, new JsonObject()
          .put(KotakRoute.PROXY, "http://household:p%40ss%3Aw0rd@127.0.0.1:" + proxy.port())
          .put(KotakRoute.REGISTERED_IP, EGRESS));
      long direct = b.brokerUser("direct@x.in", BrokerModeFixture.ACCOUNT);
      b.fake.setCash(new BigDecimal("5000000"));
      b.fake.faults().registerStaticIps(SERVER, EGRESS);
      var engine = b.fx.startEngine("node-a");
      EngineFixture.await(engine.startService(proxied));
      EngineFixture.await(engine.startService(direct));

      b.fx.runUntil(MONDAY.atTime(16, 10));

      Map<String, Set<String>> placedFrom = b.fake.requests().stream().filter(r -> r.path().endsWith("/ms/place"))
          .collect(Collectors.groupingBy(r -> r.jData().orElseThrow().getString("ig").replaceFirst("-.*", ""),
              Collectors.mapping(FakeRequest::remoteAddress, Collectors.toSet())));
      assertThat(placedFrom).containsEntry("u" + proxied, Set.of(EGRESS)).containsEntry("u" + direct, Set.of(SERVER));
      // Every call of a session, the login included, leaves the way its user's first call did.
      Map<String, Set<String>> bySession = b.fake.requests().stream().filter(r -> r.headers().contains("Auth"))
          .collect(Collectors.groupingBy(r -> r.headers().get("Auth"),
              Collectors.mapping(FakeRequest::remoteAddress, Collectors.toSet())));
      assertThat(bySession.values()).allSatisfy(addresses -> assertThat(addresses).hasSize(1));
      assertThat(b.fake.requests().stream().filter(r -> r.path().contains("login")).map(FakeRequest::remoteAddress))
          .contains(EGRESS, SERVER);
      // After login the service asks Kotak which address it sees and keeps it beside the registered one.
      assertThat(b.fx.query("SELECT broker_seen_ip, broker_registered_ip FROM user_settings WHERE user_id = $1",
          proxied).get(0).toJson()).isEqualTo(new JsonObject().put("broker_seen_ip", EGRESS)
          .put("broker_registered_ip", EGRESS));
      assertThat(b.fx.query("SELECT broker_seen_ip, broker_registered_ip FROM user_settings WHERE user_id = $1",
          direct).get(0).toJson()).isEqualTo(new JsonObject().put("broker_seen_ip", SERVER)
          .putNull("broker_registered_ip"));
      assertThat(proxy.tunnels()).as("HTTPS through the proxy is tunnelled with CONNECT")
          .isPositive().isEqualTo(proxy.connections());
      assertThat(proxy.refused()).as("the sealed proxy credentials were sent").isZero();
      EngineFixture.await(proxy.stop());
    }
  }

  @Test
  void kotakRefusingOneUsersAddressPausesOnlyThatUsersOrdersWithWhatToDo() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      long unregistered = b.brokerUser("moved@x.in", BrokerModeFixture.ACCOUNT, new JsonObject()
          .put(KotakRoute.LOCAL_ADDRESS, EGRESS));
      long registered = b.brokerUser("home@x.in", BrokerModeFixture.ACCOUNT);
      b.fake.setCash(new BigDecimal("5000000"));
      b.fake.faults().registerStaticIps(SERVER);
      var engine = b.fx.startEngine("node-a");
      EngineFixture.await(engine.startService(unregistered));
      EngineFixture.await(engine.startService(registered));

      b.fx.runUntil(MONDAY.atTime(16, 10));

      List<FakeRequest> refusedPlacements = b.fake.requests().stream()
          .filter(r -> r.path().endsWith("/ms/place") && r.remoteAddress().equals(EGRESS)).toList();
      assertThat(refusedPlacements).as("the first refusal pauses the rest: no per-order retries").hasSize(1);
      assertThat(b.fx.query("SELECT broker_session_state FROM user_settings WHERE user_id = $1", unregistered)
          .get(0).getString(0)).isEqualTo("ip_not_registered");
      assertThat(b.fx.query("SELECT status_reason FROM orders WHERE user_id = $1 AND side = 'BUY'", unregistered))
          .isNotEmpty().allSatisfy(r -> assertThat(r.getString(0)).contains("IP not registered", "Register the address"));
      assertThat(b.fx.query("SELECT broker_session_state FROM user_settings WHERE user_id = $1", registered)
          .get(0).getString(0)).isEqualTo("valid");
      assertThat(b.fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND side = 'BUY' AND status = "
          + "'AMO_PENDING'", registered).get(0).getLong(0)).as("the other household keeps trading").isPositive();
    }
  }
}
