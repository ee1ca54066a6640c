package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.database.DataDirectoryLock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The operator contract's exit codes for a database the tool must not or cannot use. */
class DatabaseGuardTest {
  @TempDir
  Path dir;

  @Test
  void refusesADataDirectoryInUseWithExitCode3() {
    try (DataDirectoryLock held = DataDirectoryLock.acquire(dir)) {
      int code = new CommandLine(new MigrationTool()).execute("rollback", "--db-url", "", "--data-dir", dir.toString(),
          "--batch", "1");
      assertThat(code).isEqualTo(3);
    }
  }

  @Test
  void aMalformedDatabaseUrlIsBadUsage() {
    assertThat(new CommandLine(new MigrationTool()).execute("rollback", "--db-url", "mysql://x/y", "--batch", "1")).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"import", "validate", "rollback", "export", "archive", "reassign", "benchmark"}) {
      assertThat(new CommandLine(new MigrationTool()).execute(command, "--help")).as(command).isZero();
    }
  }
}
