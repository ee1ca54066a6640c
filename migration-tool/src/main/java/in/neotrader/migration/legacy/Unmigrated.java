package in.neotrader.migration.legacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files in data/ and analysis_results/ that no importer reads, listed with the reason so the
 * operator sees what stays behind instead of assuming everything moved.
 */
public final class Unmigrated {
  private static final Set<String> DATA_FILES = Set.of("trades_history.json", "pending_orders.json",
      "system_recommended_symbols.json", "pnl_daily.csv", "archive");
  private static final String BULK = "bulk_analysis_final_\\d{8}_\\d{6}\\.csv";
  /** Known legacy outputs and why they stay behind (LEGACY_FORMATS.md §1 and the analysis CLI). */
  private static final Map<String, String> REASONS = Map.of(
      "scrip_master", "instrument cache, rebuilt by the service",
      "master_analysis.csv", "derived analysis summary; the schema has no place for it",
      "latest_results.json", "derived analysis snapshot; the schema has no place for it");

  private Unmigrated() {
  }

  public static void list(Path root, Problems problems) {
    for (String name : entries(root.resolve("data"))) {
      if (!DATA_FILES.contains(name)) {
        problems.notMigrated(new Problem("data/" + name, null, null, reason(name, "not a file the importer reads")));
      }
    }
    for (String name : entries(root.resolve(LegacyTree.ANALYSIS_DIR))) {
      if (!name.matches(BULK)) {
        problems.notMigrated(new Problem(LegacyTree.ANALYSIS_DIR + "/" + name, null, null, reason(name,
            name.startsWith("bulk_analysis_") ? "intermediate analysis output; only bulk_analysis_final_<ts>.csv holds signals"
                : "analysis, reporter or ML/backtest output; the schema has no place for it")));
      }
    }
  }

  private static String reason(String name, String otherwise) {
    return REASONS.getOrDefault(name, otherwise) + "; not migrated";
  }

  private static List<String> entries(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
