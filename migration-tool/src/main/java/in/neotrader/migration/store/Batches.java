package in.neotrader.migration.store;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.legacy.LegacyJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Rows of migration_batches: one per import (or failed attempt), with checksums, counts and report. */
public final class Batches {
  private Batches() {
  }

  public static long start(Connection c, String command, String sourceRoot, Map<String, String> checksums) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO migration_batches (command, source_root, file_checksums)"
        + " VALUES (?, ?, ?::jsonb) RETURNING id")) {
      s.setString(1, command);
      s.setString(2, sourceRoot);
      s.setString(3, LegacyJson.MAPPER.valueToTree(checksums).toString());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  public static void finish(Connection c, long id, String status, JsonNode counts, JsonNode report) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE migration_batches SET status = ?, finished_at = now(),"
        + " counts = ?::jsonb, report = ?::jsonb WHERE id = ?")) {
      s.setString(1, status);
      s.setString(2, counts.toString());
      s.setString(3, report.toString());
      s.setLong(4, id);
      s.executeUpdate();
    }
  }

  public static String status(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT status FROM migration_batches WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("there is no migration batch " + id);
        }
        return rs.getString(1);
      }
    }
  }

  public static JsonNode report(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT report::text FROM migration_batches WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? LegacyJson.parse(rs.getString(1)) : LegacyJson.object();
      }
    }
  }
}
