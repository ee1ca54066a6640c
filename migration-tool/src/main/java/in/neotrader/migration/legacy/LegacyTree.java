package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The legacy root directory: where each file lives, reading it (a file that cannot be parsed is
 * rejected whole, never read in part) and the checksums recorded with the batch.
 */
public final class LegacyTree {
  public static final String TRADES = "data/trades_history.json";
  public static final String PENDING = "data/pending_orders.json";
  public static final String TRACKING = "data/system_recommended_symbols.json";
  public static final String PNL_DAILY = "data/pnl_daily.csv";
  public static final String ANALYSIS_DIR = "analysis_results";
  public static final String PAPER_DIR = "paper_trading/unified_service";
  public static final String PAPER_ORDERS = PAPER_DIR + "/orders.json";
  public static final String PAPER_TRANSACTIONS = PAPER_DIR + "/transactions.json";
  public static final String PAPER_HOLDINGS = PAPER_DIR + "/holdings.json";
  public static final String PAPER_ACCOUNT = PAPER_DIR + "/account.json";
  public static final String PAPER_CONFIG = PAPER_DIR + "/config.json";

  private static final String NOT_A_FILE = "not a file";
  private static final String BACKUP_HINT = " (look for a good copy under data_backups/)";

  private final Path root;
  private final Problems problems;
  private final Map<String, String> checksums = new TreeMap<>();
  /** What was under the root when the reading began. */
  private final TreeListing listing;
  private ReadAhead ahead;

  public LegacyTree(Path root, Problems problems) {
    this.root = root;
    this.problems = problems;
    this.listing = TreeListing.of(root);
  }

  /**
   * True when the root holds the same entries as when this reading began and every file read still
   * has the bytes that were read: reading it again would give the same result.
   */
  public boolean unchangedSinceRead() {
    if (!TreeListing.of(root).equals(listing)) {
      return false;
    }
    try {
      for (Map.Entry<String, String> read : checksums.entrySet()) {
        Path file = root.resolve(read.getKey());
        if (!read.getValue().equals(Files.isRegularFile(file) ? sha256(file) : NOT_A_FILE)) {
          return false;
        }
      }
      return true;
    } catch (IllegalStateException unreadableNow) {
      return false;
    }
  }

  public Path root() {
    return root;
  }

  public Problems problems() {
    return problems;
  }

  /** Relative path -> sha256 of every file that was read. */
  public Map<String, String> checksums() {
    return checksums;
  }

  /** The parsed file, or empty when absent (all files are optional) or unparseable (then rejected). */
  public Optional<JsonNode> json(String relative) {
    Path file = root.resolve(relative);
    if (!readable(relative, file)) {
      return Optional.empty();
    }
    ReadAhead.Parsed read = ahead == null ? ReadAhead.read(file) : ahead.take(relative, file);
    checksums.put(relative, read.sha256());
    if (read.parseFailure() != null) {
      problems.reject(new Problem(relative, null, null, "file cannot be parsed " + ParseErrors.describe(read.parseFailure())
          + "; nothing of it is imported" + BACKUP_HINT));
      return Optional.empty();
    }
    if (read.tree().isMissingNode()) {
      // An empty file (the legacy truncated it while writing) is damage, not a file without records.
      problems.reject(new Problem(relative, null, null, "file is empty, nothing of it is imported" + BACKUP_HINT));
      return Optional.empty();
    }
    return Optional.of(read.tree());
  }

  /** These JSON files, in the order {@link #json} will be asked for them, are read and parsed ahead on a second thread. */
  public void readAhead(List<String> relatives) {
    ahead = new ReadAhead(root, relatives);
  }

  /** The text of a CSV file (BOM removed), or empty when absent. */
  public Optional<String> text(String relative) {
    Path file = root.resolve(relative);
    if (!readable(relative, file)) {
      return Optional.empty();
    }
    checksums.put(relative, sha256(file));
    try {
      return Optional.of(LegacyJson.withoutBom(Files.readString(file)));
    } catch (IOException e) {
      problems.reject(new Problem(relative, null, null, "file cannot be read: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** A regular file; anything else in its place (a directory, a symlink loop) is rejected, never taken for absent. */
  private boolean readable(String relative, Path file) {
    if (Files.isRegularFile(file)) {
      return true;
    }
    if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      checksums.put(relative, NOT_A_FILE);
      problems.reject(new Problem(relative, null, null, (Files.isDirectory(file) ? "is a directory" : "is not a readable file"
          + " (a broken link or a symlink loop)") + " where the file should be; nothing of it is imported"));
    }
    return false;
  }

  /** When the legacy service last wrote a file: the only time known for undated records. */
  public java.time.Instant modifiedAt(String relative) {
    try {
      return Files.getLastModifiedTime(root.resolve(relative)).toInstant();
    } catch (IOException e) {
      return java.time.Instant.EPOCH;
    }
  }

  /** Analysis CSV files, relative paths sorted by name (= by analysis time). */
  public List<String> analysisFiles() {
    Path dir = root.resolve(ANALYSIS_DIR);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("bulk_analysis_final_\\d{8}_\\d{6}\\.csv"))
          .sorted()
          .map(n -> ANALYSIS_DIR + "/" + n)
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256: " + e.getMessage(), e);
    }
  }

  private String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file),
        MessageDigest.getInstance("SHA-256"))) {
      MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot checksum " + file + ": " + e.getMessage(), e);
    }
  }
}
