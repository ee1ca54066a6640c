package in.neotrader.web.cluster;

import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;

/**
 * Two server nodes in one JVM, clustered over Hazelcast TCP-IP on 127.0.0.1 and sharing one database, as the
 * docker compose file runs them.
 */
record ClusterNodes(ApiServer a, ApiServer b) implements AutoCloseable {

  static ClusterNodes start(TestDatabase database, JsonObject settings) {
    int portA = freePort();
    int portB = freePort();
    JsonObject cluster = new JsonObject().put("CLUSTER", "true").put("CLUSTER_HOST", "127.0.0.1")
        .put("CLUSTER_NAME", "two-nodes-" + UUID.randomUUID())
        .put("CLUSTER_MEMBERS", "127.0.0.1:" + portA + ",127.0.0.1:" + portB)
        .put("DEMO", false).mergeIn(settings);
    ApiServer a = ApiServer.start(database, cluster.copy().put("CLUSTER_PORT", portA).put("NODE_ID", "node-a"));
    try {
      return new ClusterNodes(a, ApiServer.start(database, cluster.copy().put("CLUSTER_PORT", portB)
          .put("NODE_ID", "node-b")));
    } catch (RuntimeException e) {
      a.close();
      throw e;
    }
  }

  /** The node whose id is {@code nodeId}, and the other one. */
  ApiServer named(String nodeId) {
    return "node-a".equals(nodeId) ? a : b;
  }

  ApiServer other(String nodeId) {
    return "node-a".equals(nodeId) ? b : a;
  }

  @Override
  public void close() {
    try {
      b.close();
    } finally {
      a.close();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
