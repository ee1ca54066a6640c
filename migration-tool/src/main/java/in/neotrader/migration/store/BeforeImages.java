package in.neotrader.migration.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The previous content of a row an import updates, kept in the batch report; a rollback writes it
 * back, so "remove exactly what that batch wrote" also holds for updates.
 */
final class BeforeImages {
  /** Tables with one row per user, keyed by it; the others by id. */
  private static final java.util.Set<String> USER_KEYED = java.util.Set.of("paper_accounts", "user_trading_config");

  private BeforeImages() {
  }

  static void record(Connection c, ArrayNode images, String table, Object key) throws SQLException {
    image(c, images, table, key, false);
  }

  /** The image of a row the import deletes: the rollback inserts it again. */
  static void recordRemoved(Connection c, ArrayNode images, String table, Object key) throws SQLException {
    image(c, images, table, key, true);
  }

  private static void image(Connection c, ArrayNode images, String table, Object key, boolean removed) throws SQLException {
    String keyColumn = USER_KEYED.contains(table) ? "user_id" : "id";
    try (PreparedStatement s = c.prepareStatement("SELECT to_jsonb(t)::text FROM " + table + " t WHERE " + keyColumn + " = ?")) {
      s.setObject(1, key);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          ObjectNode image = images.addObject();
          image.put("table", table);
          image.put("key_column", keyColumn);
          if (removed) {
            image.put("removed", true);
          }
          image.set("row", LegacyJson.parse(rs.getString(1)));
        }
      }
    }
  }

  /** Writes every recorded image back over its row (all columns). */
  static void restore(Connection c, ArrayNode images) throws SQLException {
    for (var image : images) {
      String table = image.get("table").asText();
      String keyColumn = image.get("key_column").asText();
      if (image.path("removed").asBoolean()) {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " SELECT * FROM jsonb_populate_record(NULL::"
            + table + ", ?::jsonb)")) {
          s.setString(1, image.get("row").toString());
          s.executeUpdate();
        }
        continue;
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " t SET (" + columns(c, table) + ") = (SELECT "
          + prefixed(c, table) + " FROM jsonb_populate_record(NULL::" + table + ", ?::jsonb) r) WHERE t." + keyColumn
          + " = (?::jsonb->>'" + keyColumn + "')::bigint")) {
        s.setString(1, image.get("row").toString());
        s.setString(2, image.get("row").toString());
        s.executeUpdate();
      }
    }
  }

  private static String columns(Connection c, String table) throws SQLException {
    return String.join(", ", columnNames(c, table));
  }

  private static String prefixed(Connection c, String table) throws SQLException {
    return String.join(", ", columnNames(c, table).stream().map(n -> "r." + n).toList());
  }

  private static java.util.List<String> columnNames(Connection c, String table) throws SQLException {
    java.util.List<String> names = new java.util.ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_schema ="
        + " current_schema() AND table_name = ? ORDER BY ordinal_position")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }
}
