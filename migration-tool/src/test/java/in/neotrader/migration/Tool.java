package in.neotrader.migration;

import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the tool in-process against a test database and reads results back with JDBC. */
final class Tool {
  static final Path SAMPLE = Path.of("src/test/resources/legacy-sample");

  private final TestDatabase db;
  private final Path reports;

  Tool(TestDatabase db, Path reports) {
    this.db = db;
    this.reports = reports;
  }

  int run(String command, String... args) {
    String[] full = new String[args.length + (command.equals("rollback") || command.equals("reassign") ? 3 : 3)];
    full[0] = command;
    full[1] = "--db-url";
    full[2] = db.url();
    System.arraycopy(args, 0, full, 3, args.length);
    if (command.equals("import")) {
      String[] withReports = new String[full.length + 2];
      System.arraycopy(full, 0, withReports, 0, full.length);
      withReports[full.length] = "--report-dir";
      withReports[full.length + 1] = reports.toString();
      full = withReports;
    }
    return new CommandLine(new MigrationTool()).execute(full);
  }

  long count(String sql) {
    return ((Number) scalar(sql)).longValue();
  }

  Object scalar(String sql) {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getObject(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  static Path copyOfSample(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(SAMPLE)) {
      for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
        Path to = dir.resolve(SAMPLE.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    return dir;
  }
}
