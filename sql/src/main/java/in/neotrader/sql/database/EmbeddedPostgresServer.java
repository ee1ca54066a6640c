package in.neotrader.sql.database;

import io.vertx.pgclient.PgConnectOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 whose data directory persists between runs. Blocking: call it from a
 * worker thread. Guards against the failures met in practice (see STACK.md): a port held by
 * another server, a data directory in use, a PostgreSQL orphaned by a killed JVM.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;
  private final DataDirectoryLock lock;
  private final String password;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, DataDirectoryLock lock, String password) {
    this.postgres = postgres;
    this.lock = lock;
    this.password = password;
  }

  /** A durable server: fsync and synchronous commit on, as traders' records deserve. */
  public static EmbeddedPostgresServer start(Path dataDir, int port) {
    return start(dataDir, port, true);
  }

  /**
   * {@code durable = false} keeps zonky's fast settings (fsync off) and initdb's trust of local users: for
   * throwaway test databases only. A durable server requires its generated password ({@link EmbeddedPassword}).
   */
  public static EmbeddedPostgresServer start(Path dataDir, int port, boolean durable) {
    DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
    try {
      Path pgDir = dataDir.resolve("pg");
      stopOrphanedServer(pgDir);
      int chosenPort = port == 0 ? anyFreePort() : port;
      requireFreePort(chosenPort);
      Files.createDirectories(pgDir);
      String password = durable ? EmbeddedPassword.load(dataDir) : "";
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setDataDirectory(pgDir)
          .setCleanDataDirectory(false)
          .setPort(chosenPort)
          .setServerConfig("listen_addresses", "127.0.0.1")
          .setServerConfig("unix_socket_directories", "")
          .setServerConfig("max_connections", "200")
          .setServerConfig("fsync", durable ? "on" : "off")
          .setServerConfig("synchronous_commit", durable ? "on" : "off")
          .setPGStartupWait(Duration.ofSeconds(30))
          // Its own start check and data sources then log in with the password once it is required.
          .setConnectConfig("password", password)
          .start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, lock, password);
      server.requireOwnDataDirectory(pgDir);
      if (durable) {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
          EmbeddedPassword.require(c, pgDir, password);
        } catch (SQLException e) {
          server.close();
          throw new DatabaseUnavailable("cannot set the embedded PostgreSQL's password: " + e.getMessage(), e);
        }
      }
      LOG.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", chosenPort, pgDir);
      return server;
    } catch (DatabaseUnavailable e) {
      lock.close();
      throw e;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw new DatabaseUnavailable("embedded PostgreSQL did not start on port " + port + " with data in "
          + dataDir.resolve("pg") + ": " + rootMessage(e), e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return postgres.getJdbcUrl("postgres", database);
  }

  public PgConnectOptions connectOptions(String database) {
    return new PgConnectOptions().setHost("127.0.0.1").setPort(port()).setDatabase(database).setUser("postgres")
        .setPassword(password);
  }

  /** The superuser's password ("" on a throwaway test server, which trusts local users). */
  public String password() {
    return password;
  }

  /** Runs one statement as the superuser on the given database (administration, tests). */
  public void execute(String database, String sql) {
    try (Connection c = postgres.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
      LOG.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
    } finally {
      lock.close();
    }
  }

  private void requireOwnDataDirectory(Path pgDir) {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW data_directory")) {
      rs.next();
      Path actual = Path.of(rs.getString(1)).toRealPath();
      if (!actual.equals(pgDir.toRealPath())) {
        throw new DatabaseUnavailable("port " + port() + " is served by another PostgreSQL (data in " + actual
            + "); set EMBEDDED_PG_PORT to a free port");
      }
    } catch (SQLException | IOException e) {
      throw new DatabaseUnavailable("cannot check the embedded PostgreSQL on port " + port() + ": " + e.getMessage(), e);
    }
  }

  /** We hold the data directory lock, so a postmaster still running on it was left by a killed JVM. */
  private static void stopOrphanedServer(Path pgDir) throws IOException {
    Path pidFile = pgDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
    boolean ours = lines.size() > 1 && Path.of(lines.get(1).trim()).normalize().equals(pgDir.toAbsolutePath().normalize());
    if (process.isPresent() && process.get().isAlive() && ours
        && process.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
      LOG.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier process", process.get().pid(), pgDir);
      process.get().destroy();
      try {
        process.get().onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new DatabaseUnavailable("an orphaned PostgreSQL (pid " + process.get().pid() + ") holds " + pgDir
            + " and did not stop; stop it by hand");
      }
    }
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int anyFreePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  private static void requireFreePort(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new DatabaseUnavailable("port " + port + " for the embedded PostgreSQL is already in use;"
          + " set EMBEDDED_PG_PORT to a free port or stop what holds it");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
