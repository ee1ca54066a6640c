package in.neotrader.migration.exporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * holdings.json for the old paper service: the kept snapshot row where the position still agrees
 * with it (the legacy never removed sold symbols, so neither do we), a fresh row where it does not.
 */
final class HoldingsExport {
  private final Connection c;
  private final FromColumns columns;

  HoldingsExport(Connection c, FromColumns columns) {
    this.c = c;
    this.columns = columns;
  }

  Optional<ObjectNode> write(long userId, JsonNode snapshot) throws SQLException {
    ObjectNode holdings = snapshot.isObject() ? (ObjectNode) snapshot.deepCopy() : LegacyJson.object();
    for (ObjectNode p : StoredRecords.query(c, "SELECT * FROM positions WHERE user_id = ? AND closed_at IS NULL ORDER BY opened_at, id", userId)) {
      String symbol = p.get("symbol").asText();
      BigDecimal avg = p.get("average_price").decimalValue().setScale(2, RoundingMode.HALF_UP);
      JsonNode kept = holdings.path(symbol);
      boolean agrees = kept.isObject() && kept.path("quantity").asInt() == p.get("quantity").asInt()
          && kept.path("average_price").decimalValue().compareTo(avg) == 0;
      if (!agrees) {
        holdings.set(symbol, row(p, avg));
      }
    }
    return holdings.isEmpty() ? Optional.empty() : Optional.of(holdings);
  }

  private ObjectNode row(ObjectNode p, BigDecimal avg) {
    BigDecimal cost = avg.multiply(p.get("quantity").decimalValue()).setScale(2, RoundingMode.HALF_UP);
    ObjectNode h = LegacyJson.object();
    h.set("symbol", p.get("symbol"));
    h.set("exchange", p.get("exchange"));
    h.set("quantity", p.get("quantity"));
    h.put("average_price", avg);
    h.put("current_price", avg);
    h.put("cost_basis", cost);
    h.put("market_value", cost);
    h.put("pnl", BigDecimal.ZERO);
    h.put("pnl_percentage", BigDecimal.ZERO);
    h.set("last_updated", columns.time(p.get("updated_at")));
    h.putNull("isin");
    h.put("product_type", "CNC");
    return h;
  }
}
