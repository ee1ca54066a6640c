package in.neotrader.web.jar;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.web.ApiClient;
import io.vertx.core.json.JsonArray;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker compose could not work (a host name for CLUSTER_HOST made Hazelcast exit, the healthcheck used bash's
 * /dev/tcp under sh). With no Docker engine here, each node of docker/compose.yaml is started outside Docker: the
 * Dockerfile's entrypoint and environment, then the service's own environment with its ${...} filled as an operator
 * would, the compose host names mapped to 127.0.0.1 and the container ports to free ones. Both nodes start and form
 * one cluster, and the service's healthcheck command passes against each.
 */
class ComposeServicesIT {
  private static final Path DOCKER = Path.of("..", "docker");
  private static final Map<String, String> OPERATOR = Map.of("JWT_SECRET", "compose-jwt-secret-of-forty-chars-0123456789",
      "CREDENTIALS_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "METRICS_TOKEN", "compose-metrics-token-6d1",
      "ADMIN_EMAIL", "ops@example.in", "ADMIN_PASSWORD", "tidy-harbour-5821", "GRAFANA_ADMIN_PASSWORD", "g-admin-72",
      "POSTGRES_PASSWORD", "trading");

  @Test
  void bothNodesStartFromTheComposeEnvironmentFormOneClusterAndPassTheirHealthcheck() throws Exception {
    Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
    Map<String, Object> services = map(compose.get("services"));
    TestDatabase database = TestDatabase.create();
    // The compose database: user and database "trading" (trust here; the password is the operator's).
    database.execute("CREATE ROLE trading LOGIN SUPERUSER PASSWORD 'trading'");
    database.execute("CREATE DATABASE trading OWNER trading");

    List<String> entrypoint = dockerfileList("ENTRYPOINT");
    Map<String, String> image = dockerfileEnv();
    int[] clusterPorts = {freePort(), freePort()};
    List<ServerJar> nodes = new ArrayList<>();
    try {
      for (String name : List.of("node1", "node2")) {
        Map<String, String> env = new HashMap<>(image);
        map(map(services.get(name)).get("environment")).forEach((k, v) -> env.put(k, filled(String.valueOf(v))));
        env.put("DATA_DIR", Files.createTempDirectory(Path.of("target"), "compose-" + name).toString());
        env.put("HTTP_HOST", "127.0.0.1");
        env.put("HTTP_PORT", String.valueOf(freePort()));
        env.replaceAll((k, v) -> k.equals("CLUSTER_HOST") ? "localhost" : hostsMapped(v, database.port(), clusterPorts));
        env.put("CLUSTER_PORT", String.valueOf(clusterPorts[nodes.size()]));
        assertThat(env).containsEntry("CLUSTER_HOST", "localhost").containsEntry("CLUSTER", "true");
        nodes.add(ServerJar.start(command(entrypoint), env));
      }
      // The second node joined the first.
      assertThat(nodes.get(1).printed(Pattern.compile("Joined cluster [^:]*: (\\d+) members"))).isEqualTo("2");
      List<?> healthcheck = (List<?>) map(map(services.get("node1")).get("healthcheck")).get("test");
      for (ServerJar node : nodes) {
        assertThat(runHealthcheck(healthcheck, node.url())).as(node.url()).isZero();
        ApiClient.Reply metrics = new ApiClient(node.url().replaceAll("/$", "")).get("/metrics",
            OPERATOR.get("METRICS_TOKEN"));
        assertThat(metrics.status()).as("Prometheus scrapes with the compose token").isEqualTo(200);
      }
      new ApiClient(nodes.get(0).url().replaceAll("/$", "")).logIn(OPERATOR.get("ADMIN_EMAIL"),
          OPERATOR.get("ADMIN_PASSWORD"));
    } finally {
      for (ServerJar node : nodes) {
        node.close();
      }
    }
  }

  /** The compose value with ${VAR}, ${VAR:-default} and ${VAR:?message} filled from the operator's settings. */
  private static String filled(String value) {
    Matcher m = Pattern.compile("\\$\\{([A-Z_]+)(?::([-?])([^}]*))?}").matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String set = OPERATOR.get(m.group(1));
      if (set == null && "?".equals(m.group(2))) {
        throw new AssertionError("compose needs " + m.group(1) + ": " + m.group(3));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(set != null ? set : m.group(3) == null ? "" : m.group(3)));
    }
    return m.appendTail(out).toString();
  }

  /**
   * Compose's host names as one host sees them (CLUSTER_HOST becomes localhost, still a name the cluster must
   * resolve): PostgreSQL is the test database's port, and each node's cluster port its own free one.
   */
  private static String hostsMapped(String value, int postgresPort, int[] clusterPorts) {
    return value.replace("@postgres:5432/", "@127.0.0.1:" + postgresPort + "/")
        .replace("node1:5701", "127.0.0.1:" + clusterPorts[0]).replace("node2:5701", "127.0.0.1:" + clusterPorts[1]);
  }

  private static int runHealthcheck(List<?> test, String url) throws Exception {
    assertThat(test.get(0)).isEqualTo("CMD");
    List<String> command = command(test.subList(1, test.size()).stream().map(String::valueOf).toList());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("HTTP_PORT", url.replaceAll(".*:(\\d+)/?$", "$1"));
    Process probe = builder.start();
    assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return probe.exitValue();
  }

  /** An image command line run here: this JVM's java, the built jar for /app/trading-server.jar. */
  private static List<String> command(List<String> inImage) {
    return inImage.stream().map(arg -> arg.equals("java") ? ServerJar.java()
        : arg.equals("/app/trading-server.jar") ? ServerJar.jar().toString() : arg).toList();
  }

  private static List<String> dockerfileList(String instruction) throws Exception {
    String line = Files.readAllLines(DOCKER.resolve("Dockerfile")).stream()
        .filter(l -> l.startsWith(instruction + " ")).findFirst().orElseThrow();
    return new JsonArray(line.substring(instruction.length()).trim()).stream().map(String::valueOf).toList();
  }

  private static Map<String, String> dockerfileEnv() throws Exception {
    Map<String, String> env = new HashMap<>();
    Files.readAllLines(DOCKER.resolve("Dockerfile")).stream().filter(l -> l.startsWith("ENV ")).forEach(line -> {
      for (String pair : line.substring(4).trim().split("\\s+")) {
        String[] kv = pair.split("=", 2);
        env.put(kv[0], kv[1]);
      }
    });
    return env;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object yaml) {
    return (Map<String, Object>) yaml;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
