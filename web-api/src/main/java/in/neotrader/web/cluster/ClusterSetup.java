package in.neotrader.web.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import in.neotrader.web.config.ConfigurationError;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.json.JsonObject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds Vert.x with Micrometer metrics, standalone or (CLUSTER=true) clustered over Hazelcast with TCP-IP join
 * to CLUSTER_MEMBERS (multicast and auto-detection off), so a browser on one node sees events from any node.
 */
public final class ClusterSetup {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterSetup.class);
  private static final String DEFAULT_CLUSTER_NAME = "neotrader";

  private ClusterSetup() {
  }

  public static Future<Vertx> vertx(JsonObject config, MeterRegistry registry) {
    VertxOptions options = new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)
        .setJvmMetricsEnabled(true));
    var builder = Vertx.builder().with(options).withMetrics(new MicrometerMetricsFactory(registry));
    if (!Boolean.parseBoolean(String.valueOf(config.getValue("CLUSTER", "false")))) {
      return Future.succeededFuture(builder.build());
    }
    String host = address(config.getString("CLUSTER_HOST", "127.0.0.1"));
    options.setEventBusOptions(new EventBusOptions().setHost(host));
    HazelcastClusterManager manager = new HazelcastClusterManager(hazelcast(config, host));
    return builder.with(options).withClusterManager(manager).buildClustered()
        .onSuccess(vertx -> LOG.info("Joined cluster '{}' on {}: {} members", config.getString("CLUSTER_NAME",
            DEFAULT_CLUSTER_NAME), host, manager.getNodes().size()));
  }

  /**
   * CLUSTER_HOST as an address: Hazelcast binds to interfaces by address and exits at start on a host name
   * ("No matching network interface"), as compose gives it (node1).
   */
  static String address(String host) {
    try {
      return InetAddress.getByName(host.trim()).getHostAddress();
    } catch (UnknownHostException e) {
      throw new ConfigurationError("CLUSTER_HOST '" + host + "' does not resolve to an address of this host");
    }
  }

  static Config hazelcast(JsonObject config, String host) {
    int port;
    try {
      port = Integer.parseInt(String.valueOf(config.getValue("CLUSTER_PORT", "5701")).trim());
    } catch (NumberFormatException e) {
      throw new ConfigurationError("CLUSTER_PORT must be a port number");
    }
    // Only members of the same name join: two deployments (or test runs) on one network stay apart.
    Config hz = new Config().setClusterName(config.getString("CLUSTER_NAME", DEFAULT_CLUSTER_NAME));
    String nodeId = config.getString("NODE_ID", "");
    if (!nodeId.isBlank()) {
      // Named for its threads and log lines; unique in the JVM, where Hazelcast refuses a second instance of one
      // name while an earlier one (a node just stopped, in tests) is still being taken down.
      hz.setInstanceName(nodeId + "-" + UUID.randomUUID().toString().substring(0, 8));
    }
    hz.setProperty("hazelcast.socket.bind.any", "false");
    hz.setProperty("hazelcast.phone.home.enabled", "false");
    // Through SLF4J (logback's levels and LOG_FORMAT), not java.util.logging's own lines on stderr.
    hz.setProperty("hazelcast.logging.type", "slf4j");
    hz.setProperty("hazelcast.wait.seconds.before.join", "0");
    NetworkConfig network = hz.getNetworkConfig().setPort(port).setPortAutoIncrement(true);
    network.getInterfaces().setEnabled(true).addInterface(host);
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    for (String member : config.getString("CLUSTER_MEMBERS", "").split(",")) {
      if (!member.isBlank()) {
        join.getTcpIpConfig().addMember(member.trim());
      }
    }
    if (join.getTcpIpConfig().getMembers().isEmpty()) {
      join.getTcpIpConfig().addMember(host);
    }
    return hz;
  }
}
