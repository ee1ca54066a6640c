package in.neotrader.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.web.ApiClient;
import in.neotrader.web.Await;
import in.neotrader.web.BridgeSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Defects: a disabled trader's open live socket stayed open until its token ran out (15 minutes), and an admin
 * could still start the disabled trader's service. Here the socket is on the node that did not take the disable.
 */
class DisabledAccountClusterTest {
  static ClusterNodes nodes;
  static WebSocketClient client;

  @BeforeAll
  static void start() {
    nodes = ClusterNodes.start(TestDatabase.create(), new JsonObject());
    client = nodes.b().vertx.createWebSocketClient();
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      Await.result(client.close());
    }
    if (nodes != null) {
      nodes.close();
    }
  }

  @Test
  void disablingClosesTheTradersSocketsOnEveryNodeAndNoAdminCanStartTheService() throws Exception {
    ApiClient.Session trader = nodes.b().signUp();
    ApiClient.Session other = nodes.b().signUp();
    BridgeSocket socket = listening(trader);
    BridgeSocket bystander = listening(other);
    ApiClient.Session admin = nodes.a().admin();

    ApiClient.Reply disabled = nodes.a().send("POST", "/api/v1/admin/users/" + trader.userId() + "/disable",
        admin.accessToken(), null);
    assertThat(disabled.status()).as(disabled.body()).isEqualTo(204);
    assertThat(socket.closedWith().get(5, TimeUnit.SECONDS)).isEqualTo((short) 4002);
    assertThat(bystander.closedWith().isDone()).as("another trader's socket stays open").isFalse();
    assertThat(nodes.b().get("/api/v1/user/me", trader.accessToken()).status())
        .as("the other node refuses the token at once, not after its cache expires").isEqualTo(401);

    ApiClient.Reply start = nodes.a().send("POST", "/api/v1/admin/users/" + trader.userId() + "/service/start",
        admin.accessToken(), null);
    assertThat(start.status()).as(start.body()).isEqualTo(409);
    assertThat(start.json().getString("error")).isEqualTo("account_disabled");
    JsonObject row = nodes.a().get("/api/v1/admin/users?limit=100", admin.accessToken()).json().getJsonArray("items")
        .stream().map(JsonObject.class::cast).filter(u -> u.getLong("id") == trader.userId()).findFirst().orElseThrow();
    assertThat(row.getJsonObject("service").getBoolean("running")).isFalse();
  }

  private static BridgeSocket listening(ApiClient.Session session) throws InterruptedException {
    String events = "trading.user." + session.userId() + ".events";
    BridgeSocket socket = BridgeSocket.connect(client, nodes.b().server.httpPort(), session.accessToken());
    socket.send(BridgeSocket.register(events));
    JsonObject delivered = null;
    // The register is confirmed by nothing but delivery: publish until the first event arrives.
    for (int i = 0; i < 40 && delivered == null; i++) {
      nodes.b().vertx.eventBus().publish(events, new JsonObject().put("type", "order.placed"));
      delivered = socket.frames().poll(50, TimeUnit.MILLISECONDS);
    }
    assertThat(delivered).as("registered").isNotNull();
    return socket;
  }
}
