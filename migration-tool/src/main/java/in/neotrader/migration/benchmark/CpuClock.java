package in.neotrader.migration.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * CPU seconds used by this JVM and by the database backend serving the connection (read from
 * /proc when the server runs on this machine, as the embedded one does). On a shared, loaded
 * machine the wall-clock figures swing with other people's work; CPU seconds much less.
 */
final class CpuClock {
  private final Path backendStat;

  private CpuClock(Path backendStat) {
    this.backendStat = backendStat;
  }

  static CpuClock of(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      Path stat = Path.of("/proc", String.valueOf(rs.getInt(1)), "stat");
      c.rollback();
      return new CpuClock(Files.isReadable(stat) ? stat : null);
    }
  }

  /** {JVM CPU seconds, backend CPU seconds (NaN when unknown)}. */
  double[] now() {
    double jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    return new double[] {jvm, backend()};
  }

  static String since(double[] start, double[] end) {
    return String.format("cpu: tool %.1f s, server %s", end[0] - start[0],
        Double.isNaN(end[1]) ? "n/a" : String.format("%.1f s", end[1] - start[1]));
  }

  private double backend() {
    if (backendStat == null) {
      return Double.NaN;
    }
    try {
      String stat = Files.readString(backendStat);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14 and 15 of stat (utime, stime), counted after the command name: indexes 11 and 12; 100 ticks a second
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (Exception e) {
      return Double.NaN;
    }
  }
}
