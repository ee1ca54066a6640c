package in.neotrader.migration.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Foreign keys of the big tables checked once per batch instead of once per row.
 *
 * <p>A row-by-row foreign key check costs a trigger call, a query and a row lock (with its WAL
 * record) for every order and fill: with a million rows that is most of the import's time. So,
 * when the session may do it, the COPYs run with {@code session_replication_role = replica}
 * (foreign key triggers off, unique and check constraints still on) and afterwards every foreign
 * key of those tables is checked over all the batch's rows in one statement, with the same row
 * locks a per-row check would take on rows other transactions can see (FOR KEY SHARE). A missing
 * referenced row fails the batch as the per-row check would have. Not used (plain per-row checks)
 * when the session is not a superuser, or when a table has a trigger of its own, a rule or a
 * multi-column foreign key, which replica mode would skip or which this check does not cover.
 */
final class BulkForeignKeys {
  private final Connection c;
  private final List<ForeignKey> keys;

  private record ForeignKey(String name, String table, String column, String referenced, String referencedColumn) {
  }

  private BulkForeignKeys(Connection c, List<ForeignKey> keys) {
    this.c = c;
    this.keys = keys;
  }

  /** The bulk mode for these tables, or null when per-row checks must stay on. */
  static BulkForeignKeys forTables(Connection c, List<String> tables) throws SQLException {
    if (!"on".equals(single(c, "SELECT current_setting('is_superuser')", tables))) {
      return null;
    }
    String others = "SELECT (SELECT count(*) FROM pg_trigger WHERE tgrelid = ANY(?::regclass[]) AND NOT tgisinternal)"
        + " + (SELECT count(*) FROM pg_rewrite WHERE ev_class = ANY(?::regclass[]))"
        + " + (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(?::regclass[])"
        + " AND cardinality(conkey) <> 1)";
    if (!"0".equals(single(c, others, tables))) {
      return null;
    }
    List<ForeignKey> keys = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT k.conname, k.conrelid::regclass::text, a.attname,"
        + " k.confrelid::regclass::text, r.attname FROM pg_constraint k"
        + " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]"
        + " JOIN pg_attribute r ON r.attrelid = k.confrelid AND r.attnum = k.confkey[1]"
        + " WHERE k.contype = 'f' AND k.conrelid = ANY(?::regclass[]) ORDER BY 1")) {
      s.setArray(1, c.createArrayOf("text", tables.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          keys.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
      }
    }
    return new BulkForeignKeys(c, keys);
  }

  /** Per-row foreign key triggers off until {@link #verify}; transaction-local. */
  void begin() throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCAL session_replication_role = replica");
    }
  }

  /**
   * Per-row checks back on, then every foreign key of the rows this batch wrote for the user checked
   * at once: referenced rows other transactions can see are locked FOR KEY SHARE first (so none can
   * be deleted before the commit), then any row whose reference is missing fails the batch.
   */
  void verify(long batchId, long userId) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCAL session_replication_role = origin");
    }
    for (ForeignKey k : keys) {
      if (k.column().equals("user_id") || k.column().equals("migration_batch_id")) {
        // The rows checked are those WHERE migration_batch_id = batch AND user_id = user: one referenced row each.
        referencedRowExists(k, k.column().equals("user_id") ? userId : batchId);
      } else {
        everyReferenceExists(k, batchId, userId);
      }
    }
  }

  private void referencedRowExists(ForeignKey k, long value) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + k.referenced() + " r WHERE r." + k.referencedColumn()
        + " = ? FOR KEY SHARE")) {
      s.setLong(1, value);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException(k.table() + " rows refer to " + k.referenced() + " " + value
              + ", which does not exist (foreign key " + k.name() + ")");
        }
      }
    }
  }

  private void everyReferenceExists(ForeignKey k, long batchId, long userId) throws SQLException {
    String rows = "SELECT t." + k.column() + " FROM " + k.table() + " t WHERE t.migration_batch_id = ? AND t.user_id = ?";
    // Row versions this transaction created are invisible to others, so nobody can delete them: no lock needed.
    try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM " + k.referenced() + " r WHERE r."
        + k.referencedColumn() + " IN (" + rows + ") AND r.xmin <> xid(pg_current_xact_id()) FOR KEY SHARE OF r) locked")) {
      s.setLong(1, batchId);
      s.setLong(2, userId);
      s.executeQuery().close();
    }
    try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + k.table() + " t WHERE t.migration_batch_id = ?"
        + " AND t.user_id = ? AND t." + k.column() + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + k.referenced()
        + " r WHERE r." + k.referencedColumn() + " = t." + k.column() + ")")) {
      s.setLong(1, batchId);
      s.setLong(2, userId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        if (rs.getLong(1) != 0) {
          throw new IllegalStateException(rs.getLong(1) + " " + k.table() + " rows of batch " + batchId
              + " violate foreign key " + k.name() + " (" + k.column() + " -> " + k.referenced() + ")");
        }
      }
    }
  }

  private static String single(Connection c, String sql, List<String> tables) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
        s.setArray(i, c.createArrayOf("text", tables.toArray()));
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
