package in.neotrader.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import in.neotrader.web.Eventually;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A node that came back after a failover got no users: the other node kept them all. Now a node over its fair
 * share hands the surplus over, and the services keep running throughout.
 */
class RebalanceTest {

  @Test
  void aNodeJoiningLaterGetsItsShareOfTheRunningServices() throws Exception {
    TestDatabase database = TestDatabase.create();
    int portA = freePort();
    int portB = freePort();
    JsonObject cluster = new JsonObject().put("CLUSTER", "true").put("CLUSTER_HOST", "127.0.0.1")
        .put("CLUSTER_NAME", "rebalance-" + UUID.randomUUID()).put("DEMO", false)
        .put("CLUSTER_MEMBERS", "127.0.0.1:" + portA + ",127.0.0.1:" + portB)
        .put("HEARTBEAT_MILLIS", 300).put("LEASE_SECONDS", 6);
    try (ApiServer a = ApiServer.start(database, cluster.copy().put("CLUSTER_PORT", portA).put("NODE_ID", "node-a"))) {
      for (int i = 0; i < 4; i++) {
        ApiClient.Session trader = a.signUp();
        assertThat(a.send("POST", "/api/v1/user/service/start", trader.accessToken(), null).status()).isEqualTo(200);
      }
      Pool pool = database.pool(a.vertx, 1);
      assertThat(owners(pool)).containsExactly(Map.entry("node-a", 4L));

      try (ApiServer b = ApiServer.start(database, cluster.copy().put("CLUSTER_PORT", portB).put("NODE_ID", "node-b"))) {
        Map<String, Long> shared = Eventually.until(() -> owners(pool),
            o -> o.getOrDefault("node-a", 0L) == 2 && o.getOrDefault("node-b", 0L) == 2, Duration.ofSeconds(45));
        assertThat(shared).containsOnlyKeys("node-a", "node-b");
        Thread.sleep(3_000);
        assertThat(owners(pool)).as("the share holds: nothing moves back and forth").isEqualTo(shared);
        assertThat(Await.result(pool.query("SELECT count(*) FROM service_status WHERE service_running").execute())
            .iterator().next().getLong(0)).as("every service still marked running").isEqualTo(4);
        assertThat(a.server.nodeId()).isEqualTo("node-a");
      } finally {
        Await.result(pool.close());
      }
    }
  }

  /** Live leases by node. */
  private static Map<String, Long> owners(Pool pool) {
    Map<String, Long> owners = new HashMap<>();
    Await.result(pool.query("SELECT owner_node, count(*) FROM service_status WHERE service_running "
        + "AND lease_until > now() GROUP BY owner_node").execute())
        .forEach(row -> owners.put(row.getString(0), row.getLong(1)));
    return owners;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
