package in.neotrader.migration;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import in.neotrader.migration.legacy.Problem;
import in.neotrader.migration.legacy.Problems;
import in.neotrader.migration.plan.ImportPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The import report: human text on the terminal and in a file, the same facts as JSON beside it. */
final class ImportReport {
  private ImportReport() {
  }

  static ObjectNode json(ImportPlan plan, String outcome, Long batchId, ObjectNode written) {
    ObjectNode r = LegacyJson.object();
    r.put("outcome", outcome);
    if (batchId != null) {
      r.put("batch", batchId);
    }
    r.put("source", plan.tree.root().toAbsolutePath().toString());
    r.set("records_read", LegacyJson.MAPPER.valueToTree(plan.recordsRead));
    r.set("rows_written", written == null ? LegacyJson.object() : written);
    r.put("duplicates_skipped", plan.duplicates);
    r.set("duplicates", problems(plan.problems().duplicates()));
    r.set("merges", problems(plan.problems().merges()));
    r.set("updated", problems(plan.problems().updates()));
    r.set("skipped", problems(plan.problems().skipped()));
    r.set("not_migrated", problems(plan.problems().notMigrated()));
    r.set("rejected", problems(plan.problems().rejections()));
    r.set("warnings", problems(plan.problems().warnings()));
    return r;
  }

  static String text(ObjectNode r) {
    StringBuilder s = new StringBuilder();
    s.append("Import ").append(r.path("outcome").asText())
        .append(r.has("batch") ? " (batch " + r.get("batch").asLong() + ")" : "").append('\n');
    s.append("Source: ").append(r.path("source").asText()).append('\n');
    s.append("Records read:\n");
    r.path("records_read").fields().forEachRemaining(e -> s.append(String.format("  %-55s %8d%n", e.getKey(), e.getValue().asLong())));
    boolean dry = r.has("rows_would_write");
    s.append(dry ? "Rows it would write:\n" : "Rows written:\n");
    r.path(dry ? "rows_would_write" : "rows_written").fields().forEachRemaining(e -> s.append(String.format("  %-55s %8d%n", e.getKey(), e.getValue().asLong())));
    s.append("Duplicates skipped: ").append(r.path("duplicates_skipped").asInt()).append('\n');
    r.path("duplicates").forEach(p -> s.append("  ").append(problem(p)).append('\n'));
    section(s, "Merged", r.path("merges"));
    section(s, "Updated (rows of earlier batches; the rollback of this batch restores them)", r.path("updated"));
    section(s, "Skipped", r.path("skipped"));
    section(s, "Not migrated", r.path("not_migrated"));
    section(s, "Rejected", r.path("rejected"));
    section(s, "Warnings", r.path("warnings"));
    return s.toString();
  }

  /** Writes import-<stamp>.txt and .json (and .quarantine.json when records were rejected); returns the text path. */
  static Path write(Path dir, String stamp, ObjectNode report, Problems problems) throws IOException {
    Files.createDirectories(dir);
    Path text = dir.resolve("import-" + stamp + ".txt");
    Files.writeString(text, text(report), StandardCharsets.UTF_8);
    LegacyJson.write(dir.resolve("import-" + stamp + ".json"), report, false);
    if (!problems.quarantined().isEmpty()) {
      ArrayNode quarantine = LegacyJson.MAPPER.createArrayNode();
      problems.quarantined().forEach(q -> {
        ObjectNode e = quarantine.addObject();
        e.put("file", q.file());
        e.put("record", q.recordKey());
        e.set("reasons", problems(q.reasons()));
        e.set("content", q.record());
      });
      LegacyJson.write(dir.resolve("import-" + stamp + ".quarantine.json"), quarantine, false);
    }
    return text;
  }

  private static ArrayNode problems(List<Problem> list) {
    ArrayNode a = LegacyJson.MAPPER.createArrayNode();
    list.forEach(p -> a.addObject().put("file", p.file()).put("record", p.recordKey()).put("field", p.field())
        .put("message", p.message()));
    return a;
  }

  private static void section(StringBuilder s, String title, com.fasterxml.jackson.databind.JsonNode list) {
    s.append(title).append(": ").append(list.size()).append('\n');
    list.forEach(p -> s.append("  ").append(problem(p)).append('\n'));
  }

  private static Problem problem(com.fasterxml.jackson.databind.JsonNode p) {
    return new Problem(p.path("file").asText(), p.path("record").asText(null), p.path("field").asText(null),
        p.path("message").asText());
  }
}
