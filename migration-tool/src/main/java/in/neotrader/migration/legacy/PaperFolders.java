package in.neotrader.migration.legacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders under {@code paper_trading/}: one paper account each (the legacy keeps one folder per
 * account, {@code unified_service} being the one the unified service used). Backup copies are
 * skipped and named; anything else there is listed as not migrated, never silently ignored.
 */
public record PaperFolders(List<String> accounts, List<Problem> skipped, List<Problem> notMigrated) {
  public static final String ROOT = "paper_trading";
  public static final String UNIFIED = "unified_service";
  /** The files of one account folder that are imported. */
  public static final Set<String> FILES = Set.of("orders.json", "transactions.json", "holdings.json", "account.json", "config.json");
  /** Names the manual backups and hand copies were given: *backup*, *_bak, *.old, a bare timestamp. */
  private static final Pattern BACKUP = Pattern.compile("(?i).*(backup|[._-]bak|[._-]old|[._-]copy).*|\\d{8}(_\\d{6})?|.*\\.bak");

  public static PaperFolders scan(Path root) {
    PaperFolders f = new PaperFolders(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Path dir = root.resolve(ROOT);
    if (!Files.isDirectory(dir)) {
      return f;
    }
    for (Path entry : sorted(dir)) {
      String name = entry.getFileName().toString();
      String relative = ROOT + "/" + name;
      if (!Files.isDirectory(entry)) {
        f.notMigrated.add(new Problem(relative, null, null, "not a paper account folder; not migrated"));
      } else if (BACKUP.matcher(name).matches()) {
        f.skipped.add(new Problem(relative, null, null, "backup folder, skipped (not imported)"));
      } else if (sorted(entry).stream().anyMatch(p -> FILES.contains(p.getFileName().toString()))) {
        f.accounts.add(name);
        f.unknownInAccount(entry, relative);
      } else {
        f.notMigrated.add(new Problem(relative, null, null, "folder holds none of " + String.join(", ", FILES.stream().sorted().toList())
            + "; not migrated"));
      }
    }
    return f;
  }

  /** Relative path of a file of an account folder. */
  public static String file(String account, String name) {
    return ROOT + "/" + account + "/" + name;
  }

  private void unknownInAccount(Path folder, String relative) {
    for (Path p : sorted(folder)) {
      String name = p.getFileName().toString();
      if (FILES.contains(name)) {
        continue;
      }
      notMigrated.add(new Problem(relative + "/" + name, null, null, name.equals("reports") && Files.isDirectory(p)
          ? "derived daily reports, kept in the legacy tree as archive; not migrated"
          : "not a known paper file; not migrated"));
    }
  }

  private static List<Path> sorted(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
