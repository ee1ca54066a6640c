package in.neotrader.migration.legacy;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every entry under the folders the planner reads (data/, analysis_results/, paper_trading/), links
 * followed as the reading follows them, with its kind, size and modification time. Two equal
 * listings mean no file appeared, vanished, grew or was written in between; together with the
 * checksums of the files read, that the same reading would come out.
 */
record TreeListing(Map<String, String> entries) {
  private static final List<String> READ_FOLDERS = List.of("data", LegacyTree.ANALYSIS_DIR, "paper_trading");

  static TreeListing of(Path root) {
    Map<String, String> entries = new TreeMap<>();
    for (String folder : READ_FOLDERS) {
      Path start = root.resolve(folder);
      if (!Files.exists(start, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            entries.put(root.relativize(dir).toString(), "dir " + a.lastModifiedTime().toMillis());
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            entries.put(root.relativize(file).toString(), (a.isRegularFile() ? "file " : "other ") + a.size() + " "
                + a.lastModifiedTime().toMillis());
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // a symlink loop or an unreadable entry: its presence is what the reading reacts to
            entries.put(root.relativize(file).toString(), "unreadable " + e.getClass().getSimpleName());
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        entries.put(folder, "unlistable " + e.getMessage());
      }
    }
    return new TreeListing(entries);
  }
}
