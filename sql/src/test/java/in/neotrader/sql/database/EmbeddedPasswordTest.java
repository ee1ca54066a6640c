package in.neotrader.sql.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL trusted every local user as superuser: a durable one now requires its own password. */
class EmbeddedPasswordTest {

  @Test
  void aDurableServerRequiresTheGeneratedPasswordKeptOwnerOnlyInTheDataDirectory() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "pg-password").toAbsolutePath();
    String password;
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true)) {
      password = server.password();
      assertThat(password).hasSizeGreaterThanOrEqualTo(32);
      assertRefusedWithout(server);
      try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", password)) {
        assertThat(c.isValid(2)).isTrue();
      }
    }
    Path file = dataDir.resolve(EmbeddedPassword.FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

    // The next start keeps the same password.
    try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir, 0, true)) {
      assertThat(again.password()).isEqualTo(password);
      assertRefusedWithout(again);
    }
    // Without its file the server cannot be opened: a clear refusal, not a 30 s wait.
    Files.delete(file);
    assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, 0, true)).isInstanceOf(DatabaseUnavailable.class)
        .hasMessageContaining("pg.password is missing");
  }

  @Test
  void aDataDirectoryFromBeforeIsSecuredOnItsNextStart() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "pg-trusting").toAbsolutePath();
    try (EmbeddedPostgresServer trusting = EmbeddedPostgresServer.start(dataDir, 0, false)) {
      try (Connection c = DriverManager.getConnection(trusting.jdbcUrl("postgres"), "postgres", "")) {
        assertThat(c.isValid(2)).as("as initdb leaves it: anyone local gets in").isTrue();
      }
    }
    try (EmbeddedPostgresServer secured = EmbeddedPostgresServer.start(dataDir, 0, true)) {
      assertRefusedWithout(secured);
    }
  }

  private static void assertRefusedWithout(EmbeddedPostgresServer server) {
    assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "").close())
        .isInstanceOf(SQLException.class).hasMessageContaining("password");
    assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "guess").close())
        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
  }
}
