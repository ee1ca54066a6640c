package in.neotrader.migration.exporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyTree;
import java.io.IOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV side of the export: analysis files (original rows, original columns) and pnl_daily.csv. */
final class CsvExport {
  private final Connection c;
  private final Path out;
  private final Map<String, Integer> written;

  CsvExport(Connection c, Path out, Map<String, Integer> written) {
    this.c = c;
    this.out = out;
    this.written = written;
  }

  void signals(long userId) throws SQLException, IOException {
    Map<String, List<JsonNode>> byFile = new LinkedHashMap<>();
    for (ObjectNode s : StoredRecords.query(c, "SELECT * FROM signals WHERE user_id = ? AND jsonb_exists(legacy, 'analysis_csv') ORDER BY id", userId)) {
      JsonNode csv = s.get("legacy").get("analysis_csv");
      byFile.computeIfAbsent(csv.get("file").asText(), f -> new ArrayList<>()).add(csv);
    }
    for (var e : byFile.entrySet()) {
      List<String> header = new ArrayList<>();
      e.getValue().get(0).get("header").forEach(h -> header.add(h.asText()));
      try (CSVPrinter printer = printer(e.getKey(), header)) {
        for (JsonNode csv : e.getValue()) {
          List<String> values = new ArrayList<>();
          header.forEach(h -> values.add(csv.get("row").path(h).isNull() ? "" : csv.get("row").path(h).asText("")));
          printer.printRecord(values);
        }
      }
      written.merge(e.getKey(), e.getValue().size(), Integer::sum);
    }
  }

  void dailyPnl(long userId) throws SQLException, IOException {
    List<ObjectNode> rows = StoredRecords.query(c, "SELECT * FROM daily_pnl WHERE user_id = ? ORDER BY day", userId);
    if (rows.isEmpty()) {
      return;
    }
    try (CSVPrinter printer = printer(LegacyTree.PNL_DAILY, List.of("date", "realized_pnl", "unrealized_pnl", "fees"))) {
      for (ObjectNode r : rows) {
        printer.printRecord(r.get("day").asText(), money(r.get("realised")), money(r.get("unrealised")), money(r.get("fees")));
      }
    }
    written.merge(LegacyTree.PNL_DAILY, rows.size(), Integer::sum);
  }

  private CSVPrinter printer(String relative, List<String> header) throws IOException {
    Path file = out.resolve(relative);
    Files.createDirectories(file.getParent());
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header.toArray(String[]::new)).build());
  }

  private static String money(JsonNode n) {
    return n.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
