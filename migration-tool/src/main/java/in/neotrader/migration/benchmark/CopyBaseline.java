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

  static long nanos(Connection c, long batchId) throws SQLException, IOException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    long total = 0;
    for (String table : TABLES) {
      ByteArrayOutputStream rows = new ByteArrayOutputStream();
      copy.copyOut("COPY (SELECT * FROM " + table + " WHERE migration_batch_id = " + batchId + ") TO STDOUT", rows);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TEMP TABLE baseline_" + table + " (LIKE " + table + " INCLUDING ALL) ON COMMIT DROP");
      }
      long started = System.nanoTime();
      copy.copyIn("COPY baseline_" + table + " FROM STDIN", new ByteArrayInputStream(rows.toByteArray()));
      total += System.nanoTime() - started;
    }
    c.rollback();
    return total;
  }
}
