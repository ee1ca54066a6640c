package in.neotrader.migration.exporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Rows of a user read back as JSON objects (all columns, legacy included), in the order the export needs. */
final class StoredRecords {
  private StoredRecords() {
  }

  static List<ObjectNode> query(Connection c, String sql, long userId) throws SQLException {
    List<ObjectNode> rows = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT to_jsonb(t)::text FROM (" + sql + ") t")) {
      s.setLong(1, userId);
      s.setFetchSize(20_000);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add((ObjectNode) LegacyJson.parse(rs.getString(1)));
        }
      }
    }
    return rows;
  }

  /** The original legacy record of a section, when the row came from the files. */
  static JsonNode legacy(ObjectNode row, String section) {
    JsonNode record = row.path("legacy").path(section);
    return record.isMissingNode() || record.isNull() ? null : record;
  }

  static JsonNode latestHeader(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT report->'file_headers'->? FROM migration_batches"
        + " WHERE status = 'committed' AND jsonb_exists(report->'file_headers', ?) ORDER BY id DESC LIMIT 1")) {
      s.setString(1, name);
      s.setString(2, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getString(1) != null ? LegacyJson.parse(rs.getString(1)) : null;
      }
    }
  }
}
