package in.neotrader.verticles.benchmark;

import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * CPU seconds the embedded PostgreSQL's finished processes used: the postmaster's reaped children (a backend counts
 * once its connection closes, as each COPY batch's and the benchmark's own COPY connection do; autovacuum workers
 * too). On a shared machine the wall times vary with the other users; CPU much less.
 */
final class DatabaseCpu {
  private static final double TICKS_PER_SECOND = 100.0;

  private final Path stat;

  private DatabaseCpu(Path stat) {
    this.stat = stat;
  }

  static DatabaseCpu of(TestDatabase db) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
        ResultSet dir = c.createStatement().executeQuery("SHOW data_directory")) {
      dir.next();
      String pid = Files.readAllLines(Path.of(dir.getString(1), "postmaster.pid")).get(0).trim();
      return new DatabaseCpu(Path.of("/proc", pid, "stat"));
    }
  }

  /** cutime + cstime of the postmaster (fields 16 and 17 of /proc/PID/stat, in clock ticks). */
  double seconds() {
    try {
      String line = Files.readString(stat);
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
