package in.neotrader.web;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.database.DataDirectoryLock;
import in.neotrader.sql.testing.TestDatabase;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way the start can fail ends in one clear message and the operator contract's exit code. */
class ServerStartFailureTest {
  private final Vertx vertx = Vertx.vertx();
  @TempDir
  Path dataDir;

  @AfterEach
  void close() {
    Await.result(vertx.close());
  }

  @Test
  void anUnreachableExternalDatabaseIsExitCode3() throws Exception {
    int closedPort = freePort();
    Throwable failure = Await.failure(TradingServer.start(vertx,
        config().put("DB_URL", "postgresql://postgres:secret@127.0.0.1:" + closedPort + "/trading")));
    assertThat(ExitCode.of(failure)).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
    assertThat(failure.getMessage()).contains("unreachable").doesNotContain("secret");
  }

  @Test
  void aTakenEmbeddedPortIsExitCode3() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Throwable failure = Await.failure(TradingServer.start(vertx, config().put("EMBEDDED_PG_PORT", taken.getLocalPort())));
      assertThat(ExitCode.of(failure)).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
      assertThat(failure.getMessage()).contains("port " + taken.getLocalPort()).contains("already in use");
    }
  }

  @Test
  void aLockedDataDirectoryIsExitCode3() {
    try (DataDirectoryLock held = DataDirectoryLock.acquire(dataDir)) {
      Throwable failure = Await.failure(TradingServer.start(vertx, config().put("EMBEDDED_PG_PORT", 0)));
      assertThat(ExitCode.of(failure)).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
      assertThat(failure.getMessage()).contains("in use by another process");
    }
  }

  @Test
  void aTakenHttpPortIsExitCode2AndReleasesTheDatabase() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Throwable failure = Await.failure(TradingServer.start(vertx,
          config().put("DB_URL", TestDatabase.create().url()).put("HTTP_PORT", taken.getLocalPort())
              .put("JWT_SECRET", "test-jwt-secret-that-is-long-enough-0123456789")
              .put("CREDENTIALS_KEY", ApiServer.CREDENTIALS_KEY).put("CREDENTIALS_KEY_ID", "t1")));
      assertThat(ExitCode.of(failure)).isEqualTo(ExitCode.CONFIGURATION);
      assertThat(failure.getMessage()).contains("HTTP_PORT " + taken.getLocalPort());
    }
  }

  @Test
  void aMalformedUniverseFileIsExitCode2NamingTheFileAndTheLine() throws Exception {
    Path universe = Files.writeString(dataDir.resolve("universe.csv"),
        "# universe: NIFTY 500, as of 2025-09-30\nSymbol\nSBIN\nsbin.ns\n");
    Throwable failure = Await.failure(TradingServer.start(vertx,
        config().put("DB_URL", TestDatabase.create().url()).put("UNIVERSE_FILE", universe.toString())
            .put("JWT_SECRET", "test-jwt-secret-that-is-long-enough-0123456789")
            .put("CREDENTIALS_KEY", ApiServer.CREDENTIALS_KEY).put("CREDENTIALS_KEY_ID", "t1")));
    assertThat(ExitCode.of(failure)).isEqualTo(ExitCode.CONFIGURATION);
    assertThat(failure.getMessage())
        .startsWith("universe file " + universe + " line 4: 'sbin.ns' is not an NSE symbol");
  }

  @Test
  void aCommonAdminPasswordIsExitCode2AndCreatesNoAdmin() throws Exception {
    TestDatabase database = TestDatabase.create();
    Throwable failure = Await.failure(TradingServer.start(vertx,
        config().put("DB_URL", database.url()).put("ADMIN_EMAIL", "ops@example.in").put("ADMIN_PASSWORD", "iloveyou12")
            .put("JWT_SECRET", "test-jwt-secret-that-is-long-enough-0123456789")
            .put("CREDENTIALS_KEY", ApiServer.CREDENTIALS_KEY).put("CREDENTIALS_KEY_ID", "t1")));
    assertThat(ExitCode.of(failure)).isEqualTo(ExitCode.CONFIGURATION);
    assertThat(failure.getMessage()).isEqualTo("ADMIN_PASSWORD is one of the most common passwords: choose another");
    io.vertx.sqlclient.Pool pool = database.pool(vertx, 1);
    assertThat(Await.result(pool.query("SELECT count(*) FROM users WHERE email = 'ops@example.in'").execute())
        .iterator().next().getLong(0)).isZero();
    Await.result(pool.close());
  }

  @Test
  void anExternalDatabaseWithoutJwtSecretIsExitCode2() {
    Throwable failure = Await.failure(TradingServer.start(vertx, config().put("DB_URL", TestDatabase.create().url())));
    assertThat(ExitCode.of(failure)).isEqualTo(ExitCode.CONFIGURATION);
    assertThat(failure.getMessage()).contains("JWT_SECRET must be set");
  }

  @Test
  void aBadPortValueIsExitCode2() throws Exception {
    assertThat(refusedConf("HTTP_PORT: eighty\n")).contains("HTTP_PORT must be a port number");
  }

  @Test
  void anIdleTimeoutShorterThanTheLiveEventHeartbeatIsExitCode2() throws Exception {
    assertThat(refusedConf("HTTP_IDLE_TIMEOUT_SECONDS: 5\n"))
        .contains("HTTP_IDLE_TIMEOUT_SECONDS must be a number of seconds from 30");
  }

  @Test
  void aLeaseThatIsNotANumberIsExitCode2NamingTheKey() throws Exception {
    assertThat(refusedConf("LEASE_SECONDS: half a minute\n"))
        .isEqualTo("LEASE_SECONDS must be a whole number above 0, got 'half a minute'");
  }

  /** Starts with a --conf file of {@code yaml}; the start must fail with exit 2, whose message is answered. */
  private String refusedConf(String yaml) throws Exception {
    Path conf = Files.writeString(dataDir.resolve("conf-" + System.nanoTime() + ".yaml"), yaml);
    Throwable failure = Await.failure(TradingServer.start(vertx, Optional.of(conf)));
    assertThat(ExitCode.of(failure)).isEqualTo(ExitCode.CONFIGURATION);
    return failure.getMessage();
  }

  @Test
  void aMissingConfFileIsExitCode2() {
    Throwable failure = Await.failure(TradingServer.start(vertx, Optional.of(dataDir.resolve("absent.yaml"))));
    assertThat(ExitCode.of(failure)).isEqualTo(ExitCode.CONFIGURATION);
    assertThat(failure.getMessage()).contains("absent.yaml");
  }

  @Test
  void aMalformedDbUrlIsExitCode2() {
    Throwable failure = Await.failure(TradingServer.start(vertx, config().put("DB_URL", "mysql://x@y/z")));
    assertThat(ExitCode.of(failure)).isEqualTo(ExitCode.CONFIGURATION);
    assertThat(failure.getMessage()).contains("postgresql://");
  }

  @Test
  void unknownCommandLineArgumentsAreRefused() {
    assertThat(Main.confFile(new String[] {"--conf", "x.yaml"})).contains(Path.of("x.yaml"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Main.confFile(new String[] {"--port", "1"}))
        .hasMessageContaining("unknown argument '--port'");
  }

  private JsonObject config() {
    return new JsonObject().put("DATA_DIR", dataDir.toString()).put("DB_URL", "").put("EMBEDDED_PG_PORT", 0)
        .put("HTTP_HOST", "127.0.0.1").put("HTTP_PORT", 0).put("MARKET_DATA_INGEST", false);
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
