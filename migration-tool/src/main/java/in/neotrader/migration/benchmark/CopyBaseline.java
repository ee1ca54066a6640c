package in.neotrader.migration.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The yardstick: the very rows a batch wrote, COPYed again into same-shaped tables (indexes and
 * checks included, foreign keys not) in a transaction that is rolled back. Only the COPY is timed.
 */
final class CopyBaseline {
  private static final List<String> TABLES = List.of("orders", "fills", "positions");

  private CopyBaseline() {
  }

  /** Wall-clock nanoseconds of the COPYs; their CPU seconds (tool, server) are added to {@code cpuSeconds}. */
  static long nanos(Connection c, long batchId, CpuClock cpu, double[] cpuSeconds) throws SQLException, IOException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    long total = 0;
    for (String table : TABLES) {
      ByteArrayOutputStream rows = new ByteArrayOutputStream();
      copy.copyOut("COPY (SELECT * FROM " + table + " WHERE migration_batch_id = " + batchId + ") TO STDOUT", rows);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TEMP TABLE baseline_" + table + " (LIKE " + table + " INCLUDING ALL) ON COMMIT DROP");
      }
      byte[] bytes = rows.toByteArray();
      double[] before = cpu.now();
      long started = System.nanoTime();
      copy.copyIn("COPY baseline_" + table + " FROM STDIN", new ByteArrayInputStream(bytes));
      total += System.nanoTime() - started;
      double[] after = cpu.now();
      cpuSeconds[0] += after[0] - before[0];
      cpuSeconds[1] += after[1] - before[1];
    }
    c.rollback();
    return total;
  }
}
