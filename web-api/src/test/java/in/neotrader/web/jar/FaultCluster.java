package in.neotrader.web.jar;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.web.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Two trading-server.jar nodes in one cluster on one external database, started, stopped and killed by a test. */
final class FaultCluster implements AutoCloseable {
  static final int LEASE_SECONDS = 5;
  private static final String[] NODES = {"node-a", "node-b"};

  private final DebianPostgres database;
  private final int[] clusterPorts;
  private final Map<String, Path> dataDirs = new HashMap<>();
  private final Map<String, ServerJar> running = new ConcurrentHashMap<>();
  private final String cluster = "fault-" + UUID.randomUUID();
  private final List<String> failovers = new ArrayList<>();
  private final List<Double> failoverSeconds = new ArrayList<>();
  private final AtomicInteger logsKept = new AtomicInteger();

  FaultCluster(DebianPostgres database) throws Exception {
    this.database = database;
    this.clusterPorts = new int[] {freePort(), freePort()};
    for (String node : NODES) {
      dataDirs.put(node, Files.createTempDirectory(Path.of("target"), node));
    }
  }

  /** Both nodes on {@code clock} (a CLOCK setting); the first to start records it, the second continues it. */
  void startBoth(String clock) throws Exception {
    List<CompletableFuture<Void>> starts = new ArrayList<>();
    for (int i = 0; i < NODES.length; i++) {
      int node = i;
      starts.add(CompletableFuture.runAsync(() -> start(node, clock)));
    }
    CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get(180, TimeUnit.SECONDS);
  }

  private void start(int i, String clock) {
    try {
      Map<String, String> env = new HashMap<>(Map.of("DB_URL", database.url(), "HTTP_HOST", "127.0.0.1",
          "HTTP_PORT", String.valueOf(freePort()), "JWT_SECRET", "fault-test-jwt-secret-of-forty-chars-0123456",
          "CREDENTIALS_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "CREDENTIALS_KEY_ID", "k1",
          "DEMO", "false", "MARKET_DATA_INGEST", "false", "CLOCK", clock));
      env.putAll(Map.of("DATA_DIR", dataDirs.get(NODES[i]).toString(), "CLUSTER", "true", "CLUSTER_HOST", "127.0.0.1",
          "CLUSTER_NAME", cluster, "CLUSTER_PORT", String.valueOf(clusterPorts[i]),
          "CLUSTER_MEMBERS", "127.0.0.1:" + clusterPorts[0] + ",127.0.0.1:" + clusterPorts[1], "NODE_ID", NODES[i],
          "LEASE_SECONDS", String.valueOf(LEASE_SECONDS), "HEARTBEAT_MILLIS", "1000", "OUTAGE_RETRY_MILLIS", "1000"));
      running.put(NODES[i], ServerJar.start(env));
    } catch (Exception e) {
      throw new IllegalStateException(NODES[i] + " did not start", e);
    }
  }

  ApiClient api(String node) {
    return new ApiClient(running.get(node).url().replaceAll("/$", ""));
  }

  /** SIGTERM to each node still running: the operator's stop, each run in flight finished or recorded. */
  void stopBoth() throws InterruptedException {
    for (Map.Entry<String, ServerJar> node : running.entrySet()) {
      node.getValue().close();
      keepLog(node.getKey(), node.getValue());
    }
    running.clear();
  }

  /** Each node's output under target/fault-drill/, numbered by start, to read after a failed run. */
  private void keepLog(String node, ServerJar jar) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "fault-drill"));
      Files.write(dir.resolve(node + "-" + logsKept.incrementAndGet() + ".log"), jar.output());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits for the first order {@code task} writes inside [from, until) of simulated time and kills the node owning
   * that trader at once (SIGKILL: in the middle of the burst); then waits for the survivor to own every user the
   * killed node held, and notes how long that took. Answers how many such orders existed at the kill.
   */
  long killOwnerOfTheFirstOrder(String task, LocalDateTime from, LocalDateTime until) throws Exception {
    try (Connection c = connect()) {
      String victim = null;
      long orders = 0;
      while (victim == null) {
        if (!simulatedNow(c).isBefore(until)) {
          throw new AssertionError(task + " wrote no order between " + from + " and " + until + ": nothing to kill in");
        }
        try (ResultSet rs = query(c, "SELECT s.owner_node, count(*) OVER () FROM orders o JOIN service_status s "
            + "USING (user_id) WHERE o.task = ? AND o.placed_at >= ? AND s.lease_until > now() LIMIT 1", task, ist(from))) {
          if (rs.next()) {
            victim = rs.getString(1);
            orders = rs.getLong(2);
          }
        }
        Thread.sleep(10);
      }
      List<Long> held = userIdsOwnedBy(c, victim);
      long killed = System.nanoTime();
      ServerJar killedNode = running.remove(victim);
      killedNode.kill();
      keepLog(victim, killedNode);
      while (takenOver(c, held, victim) < held.size()) {
        if (System.nanoTime() - killed > Duration.ofSeconds(6L * LEASE_SECONDS).toNanos()) {
          throw new AssertionError("the users of " + victim + " were not taken over: " + userIdsOwnedBy(c, victim));
        }
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - killed) / 1e9;
      failoverSeconds.add(seconds);
      failovers.add(String.format("%s killed in %s with %d orders written, its %d users taken over in %.1f s",
          victim, task, orders, held.size(), seconds));
      return orders;
    }
  }

  long ordersPlaced(String task, LocalDateTime from, LocalDateTime until) throws SQLException {
    try (Connection c = connect(); ResultSet rs = query(c, "SELECT count(*) FROM orders WHERE task = ? "
        + "AND placed_at >= ? AND placed_at < ?", task, ist(from), ist(until))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Waits (in wall time) until the cluster's simulated clock reaches {@code target}. */
  void awaitSimulated(LocalDateTime target) throws Exception {
    try (Connection c = connect()) {
      while (simulatedNow(c).isBefore(target)) {
        Thread.sleep(100);
      }
    }
  }

  LocalDateTime simulatedNow() throws SQLException {
    try (Connection c = connect()) {
      return simulatedNow(c);
    }
  }

  String failovers() {
    return String.join("; ", failovers);
  }

  List<Double> failoverSeconds() {
    return List.copyOf(failoverSeconds);
  }

  @Override
  public void close() throws InterruptedException {
    for (ServerJar node : running.values()) {
      node.kill();
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
  }

  private static LocalDateTime simulatedNow(Connection c) throws SQLException {
    try (ResultSet rs = query(c, "SELECT simulated_start + (now() - wall_start) * factor FROM simulated_clock")) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(TradingClock.IST).toLocalDateTime();
    }
  }

  private static List<Long> userIdsOwnedBy(Connection c, String node) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (ResultSet rs = query(c, "SELECT user_id FROM service_status WHERE owner_node = ? AND lease_until > now()",
        node)) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  /** How many of {@code users} another node than {@code victim} holds a live lease on. */
  private static long takenOver(Connection c, List<Long> users, String victim) throws SQLException {
    try (ResultSet rs = query(c, "SELECT count(*) FROM service_status WHERE user_id = ANY (?) AND owner_node <> ? "
        + "AND lease_until > now()", c.createArrayOf("bigint", users.toArray()), victim)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static OffsetDateTime ist(LocalDateTime at) {
    return at.atZone(TradingClock.IST).toOffsetDateTime();
  }

  static ResultSet query(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    statement.closeOnCompletion();
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
    return statement.executeQuery();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
