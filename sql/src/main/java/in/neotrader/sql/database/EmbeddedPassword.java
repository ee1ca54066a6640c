package in.neotrader.sql.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The embedded PostgreSQL's superuser password: generated once into {@code DATA_DIR/pg.password} (owner-only), and
 * required of every connection (pg_hba.conf: scram-sha-256 on 127.0.0.1 and ::1, no Unix socket is opened). initdb
 * trusts every local user as superuser; a server started before this existed is secured on its next start.
 */
final class EmbeddedPassword {
  static final String FILE = "pg.password";
  private static final String MARKER = "# NeoTrader: every connection needs the password of DATA_DIR/pg.password";
  private static final String HBA = MARKER + "\n"
      + "host all all 127.0.0.1/32 scram-sha-256\n"
      + "host all all ::1/128 scram-sha-256\n";

  private EmbeddedPassword() {
  }

  /** The password of the data directory, generated on its first start. */
  static String load(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE);
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }
    Path hba = dataDir.resolve("pg").resolve("pg_hba.conf");
    if (Files.exists(hba) && Files.readString(hba).contains(MARKER)) {
      throw new DatabaseUnavailable(file + " is missing, and the embedded PostgreSQL in " + dataDir.resolve("pg")
          + " requires its password: restore the file from a backup of DATA_DIR");
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.createDirectories(dataDir);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException raced) {
      return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }
    Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
    return password;
  }

  /** Sets the password (idempotent) and makes the server require it from now on. */
  static void require(Connection superuser, Path pgDir, String password) throws SQLException, IOException {
    try (Statement s = superuser.createStatement()) {
      // Base64url: nothing to escape.
      s.execute("ALTER USER postgres PASSWORD '" + password + "'");
      Path hba = pgDir.resolve("pg_hba.conf");
      if (!Files.readString(hba).equals(HBA)) {
        Files.writeString(hba, HBA);
        s.execute("SELECT pg_reload_conf()");
      }
    }
  }
}
