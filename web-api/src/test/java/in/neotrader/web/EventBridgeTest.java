package in.neotrader.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two traders on the SockJS bridge with real WebSocket clients: each sees only its own events. */
class EventBridgeTest {
  static ApiServer api;
  static WebSocketClient client;
  static ApiClient.Session alice;
  static ApiClient.Session bob;

  @BeforeAll
  static void start() {
    api = ApiServer.start();
    client = api.vertx.createWebSocketClient();
    alice = api.signUp();
    bob = api.signUp();
  }

  @AfterAll
  static void stop() {
    Await.result(client.close());
    api.close();
  }

  static BridgeSocket connect(String token) {
    return BridgeSocket.connect(client, api.server.httpPort(), token);
  }

  static JsonObject register(String address) {
    return BridgeSocket.register(address);
  }

  static String events(ApiClient.Session session) {
    return "trading.user." + session.userId() + ".events";
  }

  @Test
  void eachTraderReceivesOnlyItsOwnEvents() throws Exception {
    BridgeSocket aliceSocket = connect(alice.accessToken());
    BridgeSocket bobSocket = connect(null);
    aliceSocket.send(register(events(alice)));
    bobSocket.send(register(events(bob)).put("headers", new JsonObject().put("Authorization", "Bearer " + bob.accessToken())));
    Thread.sleep(500);

    api.vertx.eventBus().publish(events(alice), new JsonObject().put("type", "order.placed").put("who", "alice"));
    api.vertx.eventBus().publish(events(bob), new JsonObject().put("type", "order.placed").put("who", "bob"));

    JsonObject toAlice = aliceSocket.next();
    JsonObject toBob = bobSocket.next();
    assertThat(toAlice.getString("type")).isEqualTo("rec");
    assertThat(toAlice.getJsonObject("body").getString("who")).isEqualTo("alice");
    assertThat(toBob.getJsonObject("body").getString("who")).isEqualTo("bob");
    assertThat(aliceSocket.none()).isNull();
    assertThat(bobSocket.none()).isNull();
  }

  @Test
  void registeringAnotherTradersAddressIsRefused() throws Exception {
    BridgeSocket aliceSocket = connect(alice.accessToken());
    aliceSocket.send(register(events(bob)));
    JsonObject refused = aliceSocket.next();
    assertThat(refused.getString("type")).isEqualTo("err");
    assertThat(refused.getString("body")).isIn("access_denied", "rejected");
    api.vertx.eventBus().publish(events(bob), new JsonObject().put("who", "bob"));
    assertThat(aliceSocket.none()).isNull();
  }

  @Test
  void withoutATokenEveryRegisterIsRefused() throws Exception {
    BridgeSocket anonymous = connect(null);
    anonymous.send(register(events(alice)));
    assertThat(anonymous.next().getString("body")).isIn("access_denied", "rejected");
  }

  @Test
  void sendsAndPublishesFromTheBrowserAreRefused() throws Exception {
    BridgeSocket aliceSocket = connect(alice.accessToken());
    aliceSocket.send(new JsonObject().put("type", "publish").put("address", "trading.manager")
        .put("body", new JsonObject().put("action", "stop").put("userId", bob.userId())));
    assertThat(aliceSocket.next().getString("body")).isIn("access_denied", "rejected");
  }
}
