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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the tool in-process against a test database and reads results back with JDBC. */
final class Tool {
  /** The text of the newest report the tool wrote into {@code reports}. */
  static String latestReport(Path reports) throws IOException {
    try (Stream<Path> files = Files.list(reports)) {
      return Files.readString(files.filter(p -> p.toString().endsWith(".txt")).sorted().reduce((a, b) -> b).orElseThrow());
    }
  }

  static final Path SAMPLE = Path.of("src/test/resources/legacy-sample");

  private final TestDatabase db;
  private final Path reports;

  Tool(TestDatabase db, Path reports) {
    this.db = db;
    this.reports = reports;
  }

  /** Runs a command on this test's database; imports write their reports to the test's directory. */
  int run(String command, String... args) {
    List<String> full = new ArrayList<>(List.of(command, "--db-url", db.url()));
    full.addAll(List.of(args));
    if (command.equals("import")) {
      full.addAll(List.of("--report-dir", reports.toString()));
    }
    return new CommandLine(new MigrationTool()).execute(full.toArray(String[]::new));
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
