package in.neotrader.web.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that fails after the database is up (here ADMIN_PASSWORD without ADMIN_EMAIL) ended the shipped jar with
 * exit code 0 and no message: the failure was handed to Vert.x's event loops after they had closed. The operator
 * contract is exit code 2 and the reason on stderr.
 */
class StartFailureJarIT {
  @TempDir
  Path dataDir;

  @Test
  void aConfigurationRefusedAfterTheDatabaseStartedIsExitCode2WithItsReason() throws Exception {
    ProcessBuilder builder = new ProcessBuilder(List.of(ServerJar.java(), "-Xmx512m", "-jar", ServerJar.jar().toString()))
        .redirectErrorStream(true);
    builder.environment().putAll(java.util.Map.of("DATA_DIR", dataDir.toString(), "DB_URL", "", "EMBEDDED_PG_PORT", "0",
        "HTTP_HOST", "127.0.0.1", "HTTP_PORT", "0", "MARKET_DATA_INGEST", "false", "ADMIN_PASSWORD", "quiet-ledger-7431x"));
    builder.environment().remove("ADMIN_EMAIL");
    Process jar = builder.start();
    String output = new String(jar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(jar.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(jar.exitValue()).as(output).isEqualTo(2);
    assertThat(output).contains("trading-server: ADMIN_EMAIL and ADMIN_PASSWORD must be set together")
        .doesNotContain("Trading server ready");
  }
}
