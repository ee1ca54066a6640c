package in.neotrader.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import in.neotrader.web.BridgeSocket;
import in.neotrader.web.Eventually;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server nodes in one JVM, clustered over Hazelcast TCP-IP on 127.0.0.1 and sharing one database, as the
 * docker compose file runs them: live events cross nodes, and each user's service runs on one node only.
 */
class TwoNodeClusterTest {
  /** Hazelcast join and the first request-reply across nodes take seconds (STACK.md). */
  private static final Duration CLUSTER_WAIT = Duration.ofSeconds(20);
  static ClusterNodes nodes;
  static ApiServer nodeA;
  static ApiServer nodeB;
  static WebSocketClient client;

  @BeforeAll
  static void startTwoNodes() {
    // A slow heartbeat: an owner that was not told of a stop would go on running it for 20 s, not 5.
    nodes = ClusterNodes.start(TestDatabase.create(), new JsonObject().put("HEARTBEAT_MILLIS", 20_000)
        .put("LEASE_SECONDS", 60));
    nodeA = nodes.a();
    nodeB = nodes.b();
    client = nodeA.vertx.createWebSocketClient();
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
  void anEventPublishedOnNodeBReachesABrowserConnectedToNodeA() throws Exception {
    ApiClient.Session trader = nodeA.signUp();
    String events = "trading.user." + trader.userId() + ".events";
    BridgeSocket onA = BridgeSocket.connect(client, nodeA.server.httpPort(), trader.accessToken());
    onA.send(BridgeSocket.register(events));
    // The registration reaches node B through the cluster's subscription map: publish until it has.
    JsonObject delivered = Eventually.until(() -> {
      nodeB.vertx.eventBus().publish(events, new JsonObject().put("type", "order.placed").put("from", "node-b"));
      try {
        return onA.frames().poll(200, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }, frame -> frame != null, CLUSTER_WAIT);
    assertThat(delivered.getString("address")).isEqualTo(events);
    assertThat(delivered.getJsonObject("body").getString("from")).isEqualTo("node-b");
  }

  @Test
  void aUsersServiceRunsOnExactlyOneNodeWhicheverNodeIsAsked() throws Exception {
    ApiClient.Session trader = nodeA.signUp();
    assertThat(nodeA.send("POST", "/api/v1/user/service/start", trader.accessToken(), null).status()).isEqualTo(200);
    // Either node's manager may take a later start; the one without the lease does not run a second copy
    // and answers that the service is running (start is idempotent).
    for (ApiServer node : new ApiServer[] {nodeB, nodeA, nodeB}) {
      ApiClient.Reply again = node.send("POST", "/api/v1/user/service/start", trader.accessToken(), null);
      assertThat(again.status()).as(again.body()).isEqualTo(200);
      assertThat(new io.vertx.core.json.JsonObject(again.body()).getBoolean("running")).isTrue();
    }
    String owner = nodeA.database.pool(nodeA.vertx)
        .query("SELECT owner_node FROM service_status WHERE user_id = " + trader.userId()).execute()
        .map(rows -> rows.iterator().next().getString(0)).toCompletionStage().toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
    assertThat(owner).isIn("node-a", "node-b");

    // Two verticles of one user would both consume its control address and answer in turn.
    Set<String> answeringNodes = new HashSet<>();
    for (ApiServer node : new ApiServer[] {nodeA, nodeB}) {
      for (int i = 0; i < 6; i++) {
        answeringNodes.add(Await.result(node.vertx.eventBus().<JsonObject>request(
            "trading.user." + trader.userId() + ".control", new JsonObject().put("action", "status"),
            new DeliveryOptions().setSendTimeout(CLUSTER_WAIT.toMillis()))).body().getString("node"));
      }
    }
    assertThat(answeringNodes).containsExactly(owner);

    // Its status card, asked on either node, names the owner and carries the owner's next runs.
    for (ApiServer node : new ApiServer[] {nodeA, nodeB}) {
      JsonObject card = Eventually.until(
          () -> node.get("/api/v1/user/service/status", trader.accessToken()).json(),
          c -> c.getJsonArray("tasks").getJsonObject(0).getString("nextRunAt") != null, CLUSTER_WAIT);
      assertThat(card.getString("node")).isEqualTo(owner);
      assertThat(card.getBoolean("running")).isTrue();
    }
  }

  /**
   * A stop handled by the node without the lease answered "stopped" while the owner went on trading until its next
   * heartbeat: now the owner has stopped the service before the answer.
   */
  @Test
  void aStopHandledByTheNodeWithoutTheLeaseStopsTheOwnerBeforeItIsAnswered() throws Exception {
    for (int cycle = 0; cycle < 2; cycle++) {
      // A trader per cycle: starts and stops of one user are throttled.
      ApiClient.Session trader = nodeA.signUp();
      String control = "trading.user." + trader.userId() + ".control";
      assertThat(nodeA.send("POST", "/api/v1/user/service/start", trader.accessToken(), null).status()).isEqualTo(200);
      Eventually.until(() -> answers(control), running -> running, CLUSTER_WAIT);
      String owner = Await.result(nodeA.database.pool(nodeA.vertx)
          .query("SELECT owner_node FROM service_status WHERE user_id = " + trader.userId()).execute())
          .iterator().next().getString(0);
      // The manager of the other node takes the stop (as the cluster's round robin may hand it any node).
      JsonObject stopped = Await.result(nodes.other(owner).vertx.eventBus().<JsonObject>request("trading.manager",
          new JsonObject().put("action", "stop").put("userId", trader.userId()),
          new DeliveryOptions().setLocalOnly(true).setSendTimeout(CLUSTER_WAIT.toMillis()))).body();
      assertThat(stopped.getBoolean("running")).isFalse();
      for (ApiServer node : new ApiServer[] {nodeA, nodeB}) {
        Throwable nobody = Await.failure(node.vertx.eventBus().request(control, new JsonObject().put("action", "status"),
            new DeliveryOptions().setSendTimeout(2_000)));
        assertThat(nobody).as("cycle " + cycle + ": no trading verticle answers after the stop")
            .isInstanceOf(ReplyException.class);
        // No handler anywhere, or (while the cluster's subscription map catches up) none on the node it went to.
        assertThat(((ReplyException) nobody).failureType()).isIn(ReplyFailure.NO_HANDLERS, ReplyFailure.TIMEOUT);
      }
    }
  }

  /** Whether a trading verticle of the user answers its control address, from node A. */
  private static boolean answers(String control) {
    return nodeA.vertx.eventBus().request(control, new JsonObject().put("action", "status"),
        new DeliveryOptions().setSendTimeout(2_000)).map(reply -> true).otherwise(false)
        .toCompletionStage().toCompletableFuture().join();
  }
}
