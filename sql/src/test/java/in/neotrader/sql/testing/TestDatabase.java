package in.neotrader.sql.testing;

import in.neotrader.sql.database.EmbeddedPostgresServer;
import in.neotrader.sql.database.JdbcTarget;
import in.neotrader.sql.database.SchemaMigrator;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A fresh, migrated database for a test class, on one real embedded PostgreSQL per test JVM.
 * The schema is migrated once into a template; each {@link #create()} copies it
 * ({@code CREATE DATABASE ... TEMPLATE}), which takes tens of milliseconds.
 */
public final class TestDatabase {
  private static final String TEMPLATE = "migrated_template";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  /** {@code -Dtest.pg.durable=true}: fsync and synchronous commit on, as a server runs (the engine benchmark). */
  private static final boolean DURABLE = Boolean.getBoolean("test.pg.durable");
  private static EmbeddedPostgresServer server;

  private final String name;

  private TestDatabase(String name) {
    this.name = name;
  }

  public static synchronized TestDatabase create() {
    EmbeddedPostgresServer pg = server();
    String name = "test_" + COUNTER.incrementAndGet();
    pg.execute("postgres", "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    return new TestDatabase(name);
  }

  public String name() {
    return name;
  }

  /**
   * Drops this database, closing whatever still connects to it, and checkpoints so that its dirty pages are not
   * written while the next work runs (a benchmark's warm-up day).
   */
  public void drop() {
    server().execute("postgres", "DROP DATABASE " + name + " WITH (FORCE)");
    server().execute("postgres", "CHECKPOINT");
  }

  public PgConnectOptions connectOptions() {
    return server().connectOptions(name);
  }

  /** The operator contract's DB_URL form, for starting a server or the migration tool on this database. */
  public String url() {
    return "postgresql://postgres@127.0.0.1:" + server().port() + "/" + name;
  }

  public String jdbcUrl() {
    return server().jdbcUrl(name);
  }

  public JdbcTarget jdbc() {
    return new JdbcTarget(jdbcUrl(), "postgres", "");
  }

  public Pool pool(Vertx vertx) {
    return pool(vertx, 4);
  }

  /** A pool of {@code maxSize} connections, statements prepared once per connection as the server's pool does. */
  public Pool pool(Vertx vertx, int maxSize) {
    return poolOnPort(vertx, maxSize, server().port());
  }

  /** The same, connecting to {@code port} instead: a {@link CuttableProxy} in front of this database. */
  public Pool poolOnPort(Vertx vertx, int maxSize, int port) {
    return PgBuilder.pool().with(new PoolOptions().setMaxSize(maxSize))
        .connectingTo(connectOptions().setPort(port).setCachePreparedStatements(true).setPipeliningLimit(16))
        .using(vertx).build();
  }

  /** The port the database listens on (behind any proxy). */
  public int port() {
    return server().port();
  }

  /** Runs a statement as the superuser on this test's database. */
  public void execute(String sql) {
    server().execute(name, sql);
  }

  private static synchronized EmbeddedPostgresServer server() {
    if (server == null) {
      Path dataDir = Path.of("target", "test-pg-" + ProcessHandle.current().pid()).toAbsolutePath();
      server = EmbeddedPostgresServer.start(dataDir, 0, DURABLE);
      server.execute("postgres", "CREATE DATABASE " + TEMPLATE);
      SchemaMigrator.migrate(server.jdbcUrl(TEMPLATE), "postgres", server.password());
      EmbeddedPostgresServer started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        started.close();
        deleteQuietly(dataDir);
      }));
    }
    return server;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // target/ is cleaned by the build anyway.
    }
  }
}
