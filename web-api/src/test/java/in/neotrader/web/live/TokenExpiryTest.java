package in.neotrader.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import in.neotrader.web.BridgeSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A live-events socket lives only as long as the access token that opened it (ACCESS_TOKEN_SECONDS). */
class TokenExpiryTest {
  private static final int LIFETIME_SECONDS = 2;
  static ApiServer api;
  static WebSocketClient client;

  @BeforeAll
  static void start() {
    api = ApiServer.start(new JsonObject().put("ACCESS_TOKEN_SECONDS", LIFETIME_SECONDS));
    client = api.vertx.createWebSocketClient();
  }

  @AfterAll
  static void stop() {
    Await.result(client.close());
    api.close();
  }

  @Test
  void tokensLastAsLongAsTheServerIsConfiguredFor() {
    ApiClient.Reply login = api.send("POST", "/api/v1/auth/login", null, new JsonObject()
        .put("email", ApiServer.ADMIN_EMAIL).put("password", ApiServer.ADMIN_PASSWORD).encode());
    assertThat(login.json().getInteger("expiresIn")).isEqualTo(LIFETIME_SECONDS);
  }

  @Test
  void aConnectedTraderIsDisconnectedWhenItsTokenExpires() throws Exception {
    ApiClient.Session trader = api.signUp();
    String events = "trading.user." + trader.userId() + ".events";
    BridgeSocket socket = BridgeSocket.connect(client, api.server.httpPort(), trader.accessToken());
    socket.send(BridgeSocket.register(events));
    JsonObject delivered = null;
    // The register is confirmed by nothing but delivery: publish until the first event arrives.
    for (int i = 0; i < 20 && delivered == null; i++) {
      api.vertx.eventBus().publish(events, new JsonObject().put("type", "order.placed"));
      delivered = socket.frames().poll(50, TimeUnit.MILLISECONDS);
    }
    assertThat(delivered).as("an event before expiry").isNotNull();
    assertThat(delivered.getString("type")).isEqualTo("rec");
    assertThat(socket.closedWith().isDone()).as("still open before expiry").isFalse();

    short code = socket.closedWith().get(LIFETIME_SECONDS + 5, TimeUnit.SECONDS);
    assertThat(code).isEqualTo((short) 4001);
  }
}
